# Event vocabulary: the relation types diplograph extracts.
#
#   event TYPE | label | cameo: CODE | goldstein: FLOAT
#
# TYPE is the relation type in the graph; label is what an edge shows.
# cameo is the CAMEO 1.1b3 event code that fits the type best (the generic
# code of a root unless the type is specific); goldstein is the weight the
# CAMEO Goldstein table gives that code. QuadClass follows from the root.
# Codes and weights: CAMEO event codebook (Parus Analytics / OEDA) and the
# CAMEO Goldstein scale table; see docs/VOCABULARY.md for sources.
# The words that express each type are in verbs.lex.

# ---- 01 Make public statement (not scored by CAMEO, kept for the graph) ----
event say | said | cameo: 010 | goldstein: 0.0
event comment | commented on | cameo: 010 | goldstein: 0.0
event decline_comment | declined to comment on | cameo: 011 | goldstein: -0.1
event claim_responsibility | claimed responsibility for | cameo: 015 | goldstein: 0.0
event deny | denied | cameo: 016 | goldstein: -2.0
event sympathize | expressed sympathy to | cameo: 018 | goldstein: 3.4
event concur | expressed accord with | cameo: 019 | goldstein: 3.4

# ---- 02 Appeal ----
event appeal | appealed to | cameo: 020 | goldstein: 3.0
event urge | urged | cameo: 020 | goldstein: 3.0
event request | asked | cameo: 020 | goldstein: 3.0
event propose | made a proposal to | cameo: 020 | goldstein: 3.0
event request_aid | requested aid from | cameo: 023 | goldstein: 3.4

# ---- 03 Express intent to cooperate ----
event agree | agreed with | cameo: 030 | goldstein: 4.0
event promise | promised | cameo: 030 | goldstein: 4.0
event offer | made an offer to | cameo: 030 | goldstein: 4.0
event offer_aid | pledged aid to | cameo: 033 | goldstein: 5.2
event invite | invited | cameo: 036 | goldstein: 4.0
event accept_mediation | accepted mediation by | cameo: 038 | goldstein: 7.0
event offer_mediation | offered to mediate with | cameo: 039 | goldstein: 5.0

# ---- 04 Consult ----
event consult | consulted | cameo: 040 | goldstein: 1.0
event meet | met with | cameo: 040 | goldstein: 1.0
event call | phoned | cameo: 041 | goldstein: 1.0
event visit | visited | cameo: 042 | goldstein: 1.9
event host | hosted | cameo: 043 | goldstein: 2.8
event mediate | mediated with | cameo: 045 | goldstein: 5.0
event negotiate | negotiated with | cameo: 046 | goldstein: 7.0

# ---- 05 Engage in diplomatic cooperation ----
event cooperate | cooperated with | cameo: 050 | goldstein: 3.5
event normalize | improved relations with | cameo: 050 | goldstein: 3.5
event praise | praised | cameo: 051 | goldstein: 3.4
event support | supported | cameo: 051 | goldstein: 3.4
event congratulate | congratulated | cameo: 051 | goldstein: 3.4
event thank | thanked | cameo: 051 | goldstein: 3.4
event defend | defended | cameo: 052 | goldstein: 3.5
event rally_support | rallied support for | cameo: 053 | goldstein: 3.8
event recognize | recognized | cameo: 054 | goldstein: 6.0
event apologize | apologized to | cameo: 055 | goldstein: 7.0
event forgive | forgave | cameo: 056 | goldstein: 7.0
event sign_agreement | signed an agreement with | cameo: 057 | goldstein: 8.0

# ---- 06 Engage in material cooperation ----
event join_forces | joined forces with | cameo: 060 | goldstein: 6.0
event cooperate_economically | cooperated economically with | cameo: 061 | goldstein: 6.4
event cooperate_militarily | cooperated militarily with | cameo: 062 | goldstein: 7.4
event extradite | extradited to | cameo: 063 | goldstein: 7.4
event share_intelligence | shared intelligence with | cameo: 064 | goldstein: 7.0

# ---- 07 Provide aid ----
event aid | provided aid to | cameo: 070 | goldstein: 7.0
event economic_aid | provided economic aid to | cameo: 071 | goldstein: 7.4
event military_aid | provided military aid to | cameo: 072 | goldstein: 8.3
event humanitarian_aid | provided humanitarian aid to | cameo: 073 | goldstein: 7.4
event protect | protected | cameo: 074 | goldstein: 8.5
event grant_asylum | granted asylum to | cameo: 075 | goldstein: 7.0

# ---- 08 Yield ----
event yield | yielded to | cameo: 080 | goldstein: 5.0
event ease_restrictions | eased restrictions on | cameo: 081 | goldstein: 5.0
event release | released | cameo: 084 | goldstein: 7.0
event ease_sanctions | eased sanctions on | cameo: 085 | goldstein: 7.0
event allow_access | allowed access to | cameo: 086 | goldstein: 9.0
event ceasefire | declared a ceasefire with | cameo: 0871 | goldstein: 9.0
event lift_blockade | lifted the blockade of | cameo: 0872 | goldstein: 9.0
event withdraw | withdrew forces from | cameo: 0874 | goldstein: 10.0
event surrender | surrendered to | cameo: 0874 | goldstein: 10.0

# ---- 09 Investigate ----
event investigate | investigated | cameo: 090 | goldstein: -2.0

# ---- 10 Demand ----
event demand | demanded | cameo: 100 | goldstein: -5.0
event demand_resignation | demanded the resignation of | cameo: 1041 | goldstein: -5.0

# ---- 11 Disapprove ----
event disapprove | objected to | cameo: 110 | goldstein: -2.0
event criticize | criticized | cameo: 111 | goldstein: -2.0
event condemn | condemned | cameo: 111 | goldstein: -2.0
event accuse | accused | cameo: 112 | goldstein: -2.0
event blame | blamed | cameo: 112 | goldstein: -2.0
event accuse_violation | accused of violations | cameo: 112 | goldstein: -2.0
event accuse_crime | accused of crimes | cameo: 1121 | goldstein: -2.0
event accuse_abuses | accused of human rights abuses | cameo: 1122 | goldstein: -2.0
event accuse_aggression | accused of aggression | cameo: 1123 | goldstein: -2.0
event accuse_war_crimes | accused of war crimes | cameo: 1124 | goldstein: -2.0
event accuse_espionage | accused of espionage | cameo: 1125 | goldstein: -2.0
event rally_opposition | rallied opposition against | cameo: 113 | goldstein: -2.0
event protest | protested to | cameo: 114 | goldstein: -2.0
event complain | complained to | cameo: 114 | goldstein: -2.0
event summon | summoned | cameo: 114 | goldstein: -2.0
event sue | sued | cameo: 115 | goldstein: -2.0
event convict | convicted | cameo: 116 | goldstein: -2.0

# ---- 12 Reject ----
event reject | rejected | cameo: 120 | goldstein: -4.0
event refuse | refused | cameo: 120 | goldstein: -4.0
event reject_talks | rejected talks with | cameo: 125 | goldstein: -5.0
event defy | defied | cameo: 128 | goldstein: -5.0
event veto | vetoed | cameo: 129 | goldstein: -5.0

# ---- 13 Threaten ----
event threaten | threatened | cameo: 130 | goldstein: -4.4
event warn | warned | cameo: 130 | goldstein: -4.4
event threaten_sanctions | threatened sanctions against | cameo: 1312 | goldstein: -5.8
event threaten_force | threatened military action against | cameo: 138 | goldstein: -7.0
event ultimatum | gave an ultimatum to | cameo: 139 | goldstein: -7.0

# ---- 14 Protest (political dissent) ----
event demonstrate | demonstrated against | cameo: 141 | goldstein: -6.5
event labor_strike | went on strike against | cameo: 143 | goldstein: -6.5
event obstruct | blocked passage to | cameo: 144 | goldstein: -7.5
event riot | rioted against | cameo: 145 | goldstein: -7.5

# ---- 15 Exhibit force posture ----
event show_force | staged a show of force against | cameo: 150 | goldstein: -7.2
event intercept | intercepted | cameo: 150 | goldstein: -7.2
event mobilize | mobilized forces against | cameo: 154 | goldstein: -7.2

# ---- 16 Reduce relations ----
event reduce_relations | reduced relations with | cameo: 160 | goldstein: -4.0
event cut_ties | broke off relations with | cameo: 161 | goldstein: -4.0
event recall_ambassador | recalled its ambassador from | cameo: 161 | goldstein: -4.0
event expel_diplomats | expelled diplomats of | cameo: 161 | goldstein: -4.0
event cut_aid | cut aid to | cameo: 162 | goldstein: -5.6
event sanction | imposed sanctions on | cameo: 163 | goldstein: -8.0
event boycott | boycotted | cameo: 163 | goldstein: -8.0
event suspend_talks | suspended talks with | cameo: 164 | goldstein: -7.0
event halt_mediation | ended mediation with | cameo: 165 | goldstein: -6.5
event expel_observers | expelled observers of | cameo: 166 | goldstein: -7.0

# ---- 17 Coerce ----
event harass | harassed | cameo: 170 | goldstein: -7.0
event seize | seized | cameo: 171 | goldstein: -9.2
event ram | rammed | cameo: 171 | goldstein: -9.2
event demolish | demolished | cameo: 1712 | goldstein: -9.2
event ban | banned | cameo: 172 | goldstein: -5.0
event arrest | arrested | cameo: 173 | goldstein: -5.0
event expel | expelled | cameo: 174 | goldstein: -5.0
event repress | cracked down on | cameo: 175 | goldstein: -9.0

# ---- 18 Assault ----
event abduct | abducted | cameo: 181 | goldstein: -9.0
event beat | beat | cameo: 182 | goldstein: -9.5
event rape | sexually assaulted | cameo: 1821 | goldstein: -9.0
event torture | tortured | cameo: 1822 | goldstein: -9.0
event bomb_attack | carried out a bombing against | cameo: 183 | goldstein: -10.0
event human_shield | used as human shields | cameo: 184 | goldstein: -8.0
event attempt_assassination | tried to assassinate | cameo: 185 | goldstein: -8.0
event assassinate | assassinated | cameo: 186 | goldstein: -10.0

# ---- 19 Fight ----
event attack | attacked | cameo: 190 | goldstein: -10.0
event fight | fought | cameo: 190 | goldstein: -10.0
event kill | killed | cameo: 190 | goldstein: -10.0
event retaliate | retaliated against | cameo: 190 | goldstein: -10.0
event shoot_down | shot down | cameo: 190 | goldstein: -10.0
event blockade | blockaded | cameo: 191 | goldstein: -9.5
event invade | invaded | cameo: 192 | goldstein: -9.5
event occupy | occupied | cameo: 192 | goldstein: -9.5
event shoot | opened fire on | cameo: 193 | goldstein: -10.0
event shell | shelled | cameo: 194 | goldstein: -10.0
event fire_missiles | fired missiles at | cameo: 194 | goldstein: -10.0
event strike | carried out air strikes on | cameo: 195 | goldstein: -10.0
event bomb | bombed | cameo: 195 | goldstein: -10.0
event violate_ceasefire | violated the ceasefire with | cameo: 196 | goldstein: -9.5

# ---- 20 Use unconventional mass violence ----
event massacre | massacred | cameo: 202 | goldstein: -10.0
event ethnic_cleansing | ethnically cleansed | cameo: 203 | goldstein: -10.0
event use_chemical_weapons | used chemical weapons against | cameo: 2041 | goldstein: -10.0
