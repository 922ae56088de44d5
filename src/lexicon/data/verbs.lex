# Verbs and nouns that express the event types of events.lex.
#
#   verb TYPE | phrase | forms: base; 3sg; past; participle; gerund | prep: ...; | speech: yes
#   noun TYPE | phrase | plural: ...; | prep: ...;
#
# Single verbs are given as the lemma; their regular inflections are
# generated. `forms` is given for irregular verbs and for verbs that double
# their last consonant (ban -> banned), end in -ee (agree -> agreeing) or
# take -oes (veto -> vetoes). In a multiword phrase the first word inflects;
# `*` is the object slot. `prep` lists the prepositions that introduce the
# TARGET when it is not the direct object. `speech: yes` marks verbs that
# introduce reported speech.
#
# The choice of words follows the breadth of the CAMEO verb dictionaries
# (TABARI/PETRARCH CAMEO verb dictionary, MIT licence, Open Event Data
# Alliance) and common wire-service usage; see docs/VOCABULARY.md.
#
# A phrase belongs to one type only. Where a longer phrase shares its first
# word with a shorter one of another type ("call" / "call on * to"), that is
# on purpose: the longest match wins.

# =====================================================================
# 01 MAKE PUBLIC STATEMENT
# =====================================================================

# ---- say (010) ----
verb say | say | forms: say; says; said; said; saying | speech: yes
verb say | tell | forms: tell; tells; told; told; telling | speech: yes
verb say | add | speech: yes
verb say | state | speech: yes
verb say | note | speech: yes
verb say | stress | speech: yes
verb say | emphasize | speech: yes
verb say | emphasise | speech: yes
verb say | underline | speech: yes
verb say | underscore | speech: yes
verb say | insist | speech: yes
verb say | claim | speech: yes
verb say | argue | speech: yes
verb say | assert | speech: yes
verb say | contend | speech: yes
verb say | maintain | speech: yes
verb say | declare | speech: yes
verb say | announce | speech: yes
verb say | explain | prep: to | speech: yes
verb say | write | forms: write; writes; wrote; written; writing | prep: to | speech: yes
verb say | reiterate | speech: yes
verb say | repeat | speech: yes
verb say | reply | prep: to | speech: yes
verb say | retort | speech: yes
verb say | respond | speech: yes
verb say | tweet | speech: yes
verb say | confirm | speech: yes
verb say | report | speech: yes
verb say | observe | speech: yes
verb say | remark | speech: yes
verb say | point out | speech: yes
verb say | predict | speech: yes
verb say | acknowledge | speech: yes
verb say | concede | speech: yes
verb say | reveal | speech: yes
verb say | disclose | speech: yes
verb say | recount | speech: yes
verb say | boast | speech: yes
verb say | quip | forms: quip; quips; quipped; quipped; quipping | speech: yes
verb say | inform | speech: yes
verb say | notify | speech: yes
verb say | describe | speech: yes
verb say | suggest | speech: yes
verb say | indicate | speech: yes
verb say | signal | speech: yes
verb say | lament | speech: yes
verb say | estimate | speech: yes
noun say | statement | plural: statements | prep: to
noun say | message | plural: messages | prep: to
noun say | remarks | prep: to

# ---- comment (010) ----
verb comment | comment | prep: on; about | speech: yes
verb comment | remark on
verb comment | speak about | forms: speak about; speaks about; spoke about; spoken about; speaking about
verb comment | speak of | forms: speak of; speaks of; spoke of; spoken of; speaking of
verb comment | refer to | forms: refer to; refers to; referred to; referred to; referring to
noun comment | comments | prep: on; about
noun comment | reference | plural: references | prep: to

# ---- decline_comment (011) ----
verb decline_comment | decline to comment | prep: on; about
verb decline_comment | refuse to comment | prep: on; about
verb decline_comment | decline comment | prep: on; about
verb decline_comment | have no comment | forms: have no comment; has no comment; had no comment; had no comment; having no comment | prep: on; about

# ---- claim_responsibility (015) ----
verb claim_responsibility | claim responsibility for
verb claim_responsibility | claim credit for
verb claim_responsibility | take responsibility for | forms: take responsibility for; takes responsibility for; took responsibility for; taken responsibility for; taking responsibility for
verb claim_responsibility | accept responsibility for
verb claim_responsibility | acknowledge responsibility for
verb claim_responsibility | admit | forms: admit; admits; admitted; admitted; admitting | speech: yes
noun claim_responsibility | claim of responsibility | plural: claims of responsibility | prep: for

# ---- deny (016): denying responsibility or accusations ----
verb deny | deny | speech: yes
verb deny | deny responsibility for
verb deny | deny involvement in
verb deny | deny any role in
verb deny | deny the accusations | prep: by; from; of
verb deny | deny the allegations | prep: by; from; of
verb deny | reject the accusations | prep: by; from; of
verb deny | reject the allegations | prep: by; from; of
verb deny | dismiss the accusations | prep: by; from; of
verb deny | dismiss the allegations | prep: by; from; of
verb deny | refute | speech: yes
verb deny | rebut | forms: rebut; rebuts; rebutted; rebutted; rebutting
verb deny | disavow
noun deny | denial | plural: denials | prep: of

# ---- sympathize (018) ----
verb sympathize | sympathize | prep: with
verb sympathize | sympathise | prep: with
verb sympathize | express sympathy | prep: to; with; for
verb sympathize | express condolences | prep: to
verb sympathize | offer condolences | prep: to
verb sympathize | send condolences | forms: send condolences; sends condolences; sent condolences; sent condolences; sending condolences | prep: to
verb sympathize | extend condolences | prep: to
verb sympathize | convey condolences | prep: to
verb sympathize | console
verb sympathize | commiserate with
noun sympathize | condolences | prep: to
noun sympathize | condolence message | plural: condolence messages | prep: to
noun sympathize | sympathy | prep: for; to; with

# ---- concur (019) ----
verb concur | concur | forms: concur; concurs; concurred; concurred; concurring | prep: with
verb concur | see eye to eye with | forms: see eye to eye with; sees eye to eye with; saw eye to eye with; seen eye to eye with; seeing eye to eye with
verb concur | share the view of
verb concur | share the concerns of
verb concur | echo | forms: echo; echoes; echoed; echoed; echoing

# =====================================================================
# 02 APPEAL
# =====================================================================

# ---- appeal (020) ----
verb appeal | appeal | prep: to | speech: yes
verb appeal | plead | prep: with | speech: yes
verb appeal | implore | speech: yes
verb appeal | beseech
verb appeal | beg | forms: beg; begs; begged; begged; begging
verb appeal | entreat
# "call for" rarely has an actor after it ("called for restraint"); CAMEO codes it 020.
verb appeal | call for
verb appeal | make an appeal | forms: make an appeal; makes an appeal; made an appeal; made an appeal; making an appeal | prep: to
verb appeal | issue an appeal | prep: to
verb appeal | launch an appeal | prep: to
noun appeal | appeal | plural: appeals | prep: to
noun appeal | plea | plural: pleas | prep: to

# ---- urge (020) ----
verb urge | urge | speech: yes
# On purpose: "call on * to" is urge, "call" alone is a telephone call, "call in" is summon.
verb urge | call on * to
verb urge | call upon * to
verb urge | exhort
verb urge | encourage
verb urge | prod | forms: prod; prods; prodded; prodded; prodding
verb urge | nudge
noun urge | exhortation | plural: exhortations | prep: to

# ---- request (020) ----
verb request | ask | speech: yes
verb request | request
verb request | solicit
verb request | petition
noun request | request | plural: requests | prep: to; from

# ---- propose (020) ----
verb propose | propose | prep: to | speech: yes
verb propose | recommend | prep: to
verb propose | advise | speech: yes
verb propose | counsel | speech: yes
verb propose | put forward a proposal | forms: put forward a proposal; puts forward a proposal; put forward a proposal; put forward a proposal; putting forward a proposal | prep: to
verb propose | submit a proposal | forms: submit a proposal; submits a proposal; submitted a proposal; submitted a proposal; submitting a proposal | prep: to
verb propose | present a proposal | prep: to
verb propose | table a proposal | prep: to
noun propose | proposal | plural: proposals | prep: to
noun propose | suggestion | plural: suggestions | prep: to

# ---- request_aid (023) ----
verb request_aid | ask * for aid
verb request_aid | ask * for help
verb request_aid | ask * for assistance
verb request_aid | seek aid from | forms: seek aid from; seeks aid from; sought aid from; sought aid from; seeking aid from
verb request_aid | seek help from | forms: seek help from; seeks help from; sought help from; sought help from; seeking help from
verb request_aid | seek assistance from | forms: seek assistance from; seeks assistance from; sought assistance from; sought assistance from; seeking assistance from
verb request_aid | request aid from
verb request_aid | request assistance from
verb request_aid | request help from
verb request_aid | turn to * for help | forms: turn to * for help; turns to * for help; turned to * for help; turned to * for help; turning to * for help
noun request_aid | request for aid | plural: requests for aid | prep: to; from
noun request_aid | request for assistance | plural: requests for assistance | prep: to; from
noun request_aid | appeal for aid | plural: appeals for aid | prep: to
noun request_aid | appeal for help | plural: appeals for help | prep: to

# =====================================================================
# 03 EXPRESS INTENT TO COOPERATE
# =====================================================================

# ---- agree (030) ----
verb agree | agree | forms: agree; agrees; agreed; agreed; agreeing | prep: with
verb agree | accept
verb agree | reach an agreement with
verb agree | reach agreement with
verb agree | reach a deal with
verb agree | reach an understanding with
verb agree | strike a deal with | forms: strike a deal with; strikes a deal with; struck a deal with; struck a deal with; striking a deal with
verb agree | clinch a deal with
verb agree | cut a deal with | forms: cut a deal with; cuts a deal with; cut a deal with; cut a deal with; cutting a deal with
verb agree | come to an agreement with | forms: come to an agreement with; comes to an agreement with; came to an agreement with; come to an agreement with; coming to an agreement with
verb agree | hammer out a deal with
noun agree | agreement | plural: agreements | prep: with; between
noun agree | deal | plural: deals | prep: with; between
noun agree | accord | plural: accords | prep: with; between
noun agree | understanding | plural: understandings | prep: with; between

# ---- promise (030) ----
verb promise | promise | prep: to | speech: yes
verb promise | pledge | prep: to | speech: yes
# "vow" is kept here (CAMEO pledge); "vowed to retaliate" carries a second event.
verb promise | vow | speech: yes
verb promise | assure | speech: yes
verb promise | reassure | speech: yes
verb promise | guarantee | forms: guarantee; guarantees; guaranteed; guaranteed; guaranteeing
verb promise | give assurances | forms: give assurances; gives assurances; gave assurances; given assurances; giving assurances | prep: to
noun promise | promise | plural: promises | prep: to
noun promise | pledge | plural: pledges | prep: to
noun promise | assurance | plural: assurances | prep: to
noun promise | guarantee | plural: guarantees | prep: to

# ---- offer (030) ----
verb offer | offer | prep: to
verb offer | make an offer | forms: make an offer; makes an offer; made an offer; made an offer; making an offer | prep: to
verb offer | extend an offer | prep: to
noun offer | offer | plural: offers | prep: to

# ---- offer_aid (033) ----
verb offer_aid | pledge aid to
verb offer_aid | pledge assistance to
verb offer_aid | pledge * in aid to
verb offer_aid | promise aid to
verb offer_aid | promise assistance to
verb offer_aid | promise * in aid to
verb offer_aid | offer aid to
verb offer_aid | offer assistance to
verb offer_aid | offer help to
verb offer_aid | offer to help
noun offer_aid | aid pledge | plural: aid pledges | prep: to; for
noun offer_aid | offer of aid | plural: offers of aid | prep: to
noun offer_aid | offer of assistance | plural: offers of assistance | prep: to

# ---- invite (036) ----
verb invite | invite
verb invite | reinvite
verb invite | extend an invitation to
verb invite | issue an invitation to
noun invite | invitation | plural: invitations | prep: to

# ---- accept_mediation (038) ----
verb accept_mediation | accept mediation | prep: by; from; of
verb accept_mediation | accept * mediation
verb accept_mediation | agree to mediation | forms: agree to mediation; agrees to mediation; agreed to mediation; agreed to mediation; agreeing to mediation | prep: by; from; of
verb accept_mediation | agree to * mediation | forms: agree to * mediation; agrees to * mediation; agreed to * mediation; agreed to * mediation; agreeing to * mediation

# ---- offer_mediation (039) ----
verb offer_mediation | offer to mediate | prep: between; with
verb offer_mediation | offer mediation | prep: between; to
verb offer_mediation | offer * good offices | prep: to
noun offer_mediation | offer of mediation | plural: offers of mediation | prep: between; to
noun offer_mediation | offer to mediate | plural: offers to mediate | prep: between

# =====================================================================
# 04 CONSULT
# =====================================================================

# ---- consult (040) ----
verb consult | consult | prep: with
verb consult | confer | forms: confer; confers; conferred; conferred; conferring | prep: with
verb consult | talk | prep: with; to
verb consult | speak | forms: speak; speaks; spoke; spoken; speaking | prep: with; to
verb consult | converse | prep: with
verb consult | discuss * with
verb consult | hold talks with | forms: hold talks with; holds talks with; held talks with; held talks with; holding talks with
verb consult | hold consultations with | forms: hold consultations with; holds consultations with; held consultations with; held consultations with; holding consultations with
verb consult | hold discussions with | forms: hold discussions with; holds discussions with; held discussions with; held discussions with; holding discussions with
verb consult | have talks with | forms: have talks with; has talks with; had talks with; had talks with; having talks with
verb consult | exchange views with
verb consult | huddle | prep: with
verb consult | engage with
verb consult | liaise with
verb consult | communicate with
verb consult | reach out to
verb consult | contact
verb consult | brief
noun consult | talks | prep: with; between
noun consult | consultations | prep: with; between
noun consult | discussions | prep: with; between
noun consult | dialogue | prep: with; between
noun consult | conversation | plural: conversations | prep: with; between

# ---- meet (040) ----
verb meet | meet | forms: meet; meets; met; met; meeting | prep: with
verb meet | hold a meeting with | forms: hold a meeting with; holds a meeting with; held a meeting with; held a meeting with; holding a meeting with
verb meet | hold a summit with | forms: hold a summit with; holds a summit with; held a summit with; held a summit with; holding a summit with
verb meet | hold a bilateral meeting with | forms: hold a bilateral meeting with; holds a bilateral meeting with; held a bilateral meeting with; held a bilateral meeting with; holding a bilateral meeting with
verb meet | have a meeting with | forms: have a meeting with; has a meeting with; had a meeting with; had a meeting with; having a meeting with
verb meet | sit down with | forms: sit down with; sits down with; sat down with; sat down with; sitting down with
verb meet | get together with | forms: get together with; gets together with; got together with; gotten together with; getting together with
noun meet | meeting | plural: meetings | prep: with; between
noun meet | summit | plural: summits | prep: with; between
noun meet | audience | plural: audiences | prep: with
noun meet | encounter | plural: encounters | prep: with; between

# ---- call (041): telephone calls ----
# On purpose: bare "call" is a phone call; "call on * to" is urge, "call for" appeal, "call in" summon.
verb call | call
verb call | phone
verb call | telephone
verb call | speak by phone | forms: speak by phone; speaks by phone; spoke by phone; spoken by phone; speaking by phone | prep: with; to
verb call | speak by telephone | forms: speak by telephone; speaks by telephone; spoke by telephone; spoken by telephone; speaking by telephone | prep: with; to
verb call | speak on the phone | forms: speak on the phone; speaks on the phone; spoke on the phone; spoken on the phone; speaking on the phone | prep: with; to
verb call | talk by phone | prep: with; to
verb call | talk by telephone | prep: with; to
verb call | talk on the phone | prep: with; to
verb call | hold a phone call with | forms: hold a phone call with; holds a phone call with; held a phone call with; held a phone call with; holding a phone call with
verb call | hold a telephone call with | forms: hold a telephone call with; holds a telephone call with; held a telephone call with; held a telephone call with; holding a telephone call with
verb call | hold a telephone conversation with | forms: hold a telephone conversation with; holds a telephone conversation with; held a telephone conversation with; held a telephone conversation with; holding a telephone conversation with
verb call | hold phone talks with | forms: hold phone talks with; holds phone talks with; held phone talks with; held phone talks with; holding phone talks with
verb call | hold telephone talks with | forms: hold telephone talks with; holds telephone talks with; held telephone talks with; held telephone talks with; holding telephone talks with
verb call | have a phone call with | forms: have a phone call with; has a phone call with; had a phone call with; had a phone call with; having a phone call with
verb call | have a telephone conversation with | forms: have a telephone conversation with; has a telephone conversation with; had a telephone conversation with; had a telephone conversation with; having a telephone conversation with
verb call | have a phone conversation with | forms: have a phone conversation with; has a phone conversation with; had a phone conversation with; had a phone conversation with; having a phone conversation with
# On purpose: the noun "call" is the telephone call, but only "call with" names a partner ("calls for" and "calls on" are urge/appeal words).
noun call | call | plural: calls | prep: with
noun call | telephone call | plural: telephone calls | prep: to; with
noun call | phone call | plural: phone calls | prep: to; with
noun call | phone conversation | plural: phone conversations | prep: with
noun call | telephone conversation | plural: telephone conversations | prep: with
noun call | phone talks | prep: with
noun call | telephone talks | prep: with
noun call | video call | plural: video calls | prep: with
noun call | video conference | plural: video conferences | prep: with

# ---- visit (042) ----
verb visit | visit
verb visit | pay a visit to | forms: pay a visit to; pays a visit to; paid a visit to; paid a visit to; paying a visit to
verb visit | pay a state visit to | forms: pay a state visit to; pays a state visit to; paid a state visit to; paid a state visit to; paying a state visit to
verb visit | pay an official visit to | forms: pay an official visit to; pays an official visit to; paid an official visit to; paid an official visit to; paying an official visit to
verb visit | make a visit to | forms: make a visit to; makes a visit to; made a visit to; made a visit to; making a visit to
verb visit | make a trip to | forms: make a trip to; makes a trip to; made a trip to; made a trip to; making a trip to
verb visit | travel to | forms: travel to; travels to; traveled to; traveled to; traveling to
verb visit | travel to | forms: travel to; travels to; travelled to; travelled to; travelling to
verb visit | fly to | forms: fly to; flies to; flew to; flown to; flying to
verb visit | head to
verb visit | arrive | prep: in; at
verb visit | land in
verb visit | tour
noun visit | visit | plural: visits | prep: to
noun visit | state visit | plural: state visits | prep: to
noun visit | trip | plural: trips | prep: to
noun visit | tour | plural: tours | prep: of
noun visit | trip abroad | plural: trips abroad | prep: to

# ---- host (043) ----
verb host | host
verb host | receive
verb host | welcome * to
verb host | greet
verb host | play host to
verb host | roll out the red carpet for
noun host | reception | plural: receptions | prep: for

# ---- mediate (045) ----
verb mediate | mediate | prep: between; with
verb mediate | broker
verb mediate | act as mediator | prep: between
verb mediate | act as a mediator | prep: between
verb mediate | facilitate talks between
verb mediate | host talks between
verb mediate | arbitrate | prep: between
verb mediate | intercede | prep: with
verb mediate | shuttle between
noun mediate | mediation | prep: between; with
noun mediate | mediation efforts | prep: between; with

# ---- negotiate (046) ----
verb negotiate | negotiate | prep: with
verb negotiate | bargain | prep: with
verb negotiate | haggle | prep: with
verb negotiate | hold negotiations with | forms: hold negotiations with; holds negotiations with; held negotiations with; held negotiations with; holding negotiations with
verb negotiate | hold peace talks with | forms: hold peace talks with; holds peace talks with; held peace talks with; held peace talks with; holding peace talks with
verb negotiate | conduct negotiations with
verb negotiate | enter into negotiations with
verb negotiate | enter talks with
verb negotiate | engage in talks with
verb negotiate | open talks with
verb negotiate | start talks with
verb negotiate | launch talks with
verb negotiate | begin talks with | forms: begin talks with; begins talks with; began talks with; begun talks with; beginning talks with
verb negotiate | resume talks with
verb negotiate | resume negotiations with
verb negotiate | hammer out * with
noun negotiate | negotiation | plural: negotiations | prep: with; between
noun negotiate | peace talks | prep: with; between
noun negotiate | peace negotiations | prep: with; between

# =====================================================================
# 05 ENGAGE IN DIPLOMATIC COOPERATION
# =====================================================================

# ---- cooperate (050) ----
verb cooperate | cooperate | prep: with
verb cooperate | co-operate | prep: with
verb cooperate | collaborate | prep: with
verb cooperate | coordinate | prep: with
verb cooperate | work with
verb cooperate | work closely with
verb cooperate | work together with
verb cooperate | partner with
verb cooperate | strengthen ties with
verb cooperate | strengthen relations with
verb cooperate | deepen ties with
verb cooperate | deepen cooperation with
verb cooperate | boost ties with
verb cooperate | bolster ties with
verb cooperate | expand cooperation with
verb cooperate | enhance cooperation with
verb cooperate | step up cooperation with | forms: step up cooperation with; steps up cooperation with; stepped up cooperation with; stepped up cooperation with; stepping up cooperation with
verb cooperate | forge ties with
verb cooperate | forge closer ties with
noun cooperate | cooperation | prep: with; between
noun cooperate | co-operation | prep: with; between
noun cooperate | partnership | plural: partnerships | prep: with; between
noun cooperate | collaboration | prep: with; between

# ---- normalize (050): restoring or improving relations ----
verb normalize | normalize relations with
verb normalize | normalize ties with
verb normalize | normalise relations with
verb normalize | normalise ties with
verb normalize | restore relations with
verb normalize | restore ties with
verb normalize | restore diplomatic relations with
verb normalize | restore diplomatic ties with
verb normalize | re-establish relations with
verb normalize | re-establish ties with
verb normalize | reestablish relations with
verb normalize | reestablish ties with
verb normalize | mend ties with
verb normalize | mend fences with
verb normalize | improve relations with
verb normalize | improve ties with
verb normalize | repair ties with
verb normalize | repair relations with
verb normalize | upgrade relations with
verb normalize | upgrade ties with
verb normalize | patch up relations with | forms: patch up relations with; patches up relations with; patched up relations with; patched up relations with; patching up relations with
verb normalize | bury the hatchet with
verb normalize | reconcile with
noun normalize | rapprochement | prep: with; between
noun normalize | reconciliation | prep: with; between
noun normalize | normalization of relations | prep: with; between
noun normalize | normalization of ties | prep: with; between
noun normalize | thaw in relations | prep: with; between

# ---- praise (051) ----
verb praise | praise
verb praise | hail
verb praise | commend
verb praise | laud
verb praise | applaud
verb praise | acclaim
verb praise | extol | forms: extol; extols; extolled; extolled; extolling
verb praise | salute
verb praise | compliment
verb praise | admire
verb praise | honor
verb praise | honour
verb praise | credit
# On purpose: "welcome" is praise ("welcomed the decision"), "welcome * to" is host.
verb praise | welcome
verb praise | pay tribute to | forms: pay tribute to; pays tribute to; paid tribute to; paid tribute to; paying tribute to
verb praise | speak highly of | forms: speak highly of; speaks highly of; spoke highly of; spoken highly of; speaking highly of
verb praise | heap praise on
verb praise | lavish praise on
verb praise | sing the praises of | forms: sing the praises of; sings the praises of; sang the praises of; sung the praises of; singing the praises of
noun praise | praise | prep: for
noun praise | tribute | plural: tributes | prep: to

# ---- support (051): endorsement and backing ----
verb support | support
verb support | back
verb support | endorse
verb support | champion
verb support | side with
verb support | stand with | forms: stand with; stands with; stood with; stood with; standing with
verb support | rally behind
verb support | throw * weight behind | forms: throw * weight behind; throws * weight behind; threw * weight behind; thrown * weight behind; throwing * weight behind
verb support | voice support for
verb support | express support for
verb support | lend support to | forms: lend support to; lends support to; lent support to; lent support to; lending support to
verb support | offer support to
verb support | pledge support for
verb support | pledge support to
verb support | express solidarity with
noun support | support | prep: for
noun support | backing | prep: for
noun support | endorsement | plural: endorsements | prep: of
noun support | solidarity | prep: with

# ---- congratulate (051) ----
verb congratulate | congratulate
verb congratulate | felicitate
verb congratulate | send congratulations to | forms: send congratulations to; sends congratulations to; sent congratulations to; sent congratulations to; sending congratulations to
verb congratulate | offer congratulations to
verb congratulate | extend congratulations to
verb congratulate | convey congratulations to
verb congratulate | send a congratulatory message to | forms: send a congratulatory message to; sends a congratulatory message to; sent a congratulatory message to; sent a congratulatory message to; sending a congratulatory message to
noun congratulate | congratulations | prep: to
noun congratulate | congratulatory message | plural: congratulatory messages | prep: to

# ---- thank (051) ----
verb thank | thank
verb thank | express gratitude to
verb thank | express thanks to
verb thank | express appreciation to
verb thank | express appreciation for
verb thank | voice gratitude to
noun thank | thanks | prep: to
noun thank | gratitude | prep: to

# ---- defend (052): verbal defense ----
# "defend" is taken as the verbal defense CAMEO 052 describes; military protection is "protect" (074).
verb defend | defend
verb defend | come to the defense of | forms: come to the defense of; comes to the defense of; came to the defense of; come to the defense of; coming to the defense of
verb defend | come to the defence of | forms: come to the defence of; comes to the defence of; came to the defence of; come to the defence of; coming to the defence of
verb defend | stand up for | forms: stand up for; stands up for; stood up for; stood up for; standing up for
verb defend | stand by | forms: stand by; stands by; stood by; stood by; standing by
verb defend | speak up for | forms: speak up for; speaks up for; spoke up for; spoken up for; speaking up for
verb defend | vouch for

# ---- rally_support (053) ----
verb rally_support | rally support for
verb rally_support | drum up support for | forms: drum up support for; drums up support for; drummed up support for; drummed up support for; drumming up support for
verb rally_support | lobby for
verb rally_support | campaign for
verb rally_support | mobilize support for
verb rally_support | mobilise support for
verb rally_support | canvass support for
verb rally_support | build support for | forms: build support for; builds support for; built support for; built support for; building support for

# ---- recognize (054) ----
verb recognize | recognize
verb recognize | recognise
verb recognize | grant recognition to
verb recognize | extend recognition to
verb recognize | establish diplomatic relations with
verb recognize | establish diplomatic ties with
verb recognize | open diplomatic relations with
verb recognize | exchange ambassadors with
verb recognize | open an embassy in
noun recognize | recognition | prep: of
noun recognize | diplomatic recognition | prep: of

# ---- apologize (055) ----
verb apologize | apologize | prep: to
verb apologize | apologise | prep: to
verb apologize | say sorry to | forms: say sorry to; says sorry to; said sorry to; said sorry to; saying sorry to
verb apologize | offer an apology to
verb apologize | issue an apology to
verb apologize | make an apology to | forms: make an apology to; makes an apology to; made an apology to; made an apology to; making an apology to
noun apologize | apology | plural: apologies | prep: to

# ---- forgive (056) ----
verb forgive | forgive | forms: forgive; forgives; forgave; forgiven; forgiving
verb forgive | absolve
noun forgive | forgiveness | prep: of

# ---- sign_agreement (057) ----
verb sign_agreement | sign * with
verb sign_agreement | sign an agreement with
verb sign_agreement | sign a deal with
verb sign_agreement | sign a treaty with
verb sign_agreement | sign an accord with
verb sign_agreement | sign a pact with
verb sign_agreement | sign a memorandum of understanding with
verb sign_agreement | ink * with
verb sign_agreement | conclude an agreement with
verb sign_agreement | conclude a treaty with
verb sign_agreement | seal a deal with
verb sign_agreement | seal an agreement with
noun sign_agreement | treaty | plural: treaties | prep: with; between
noun sign_agreement | pact | plural: pacts | prep: with; between
noun sign_agreement | memorandum of understanding | plural: memoranda of understanding | prep: with; between
noun sign_agreement | signing | prep: with; between

# =====================================================================
# 06 ENGAGE IN MATERIAL COOPERATION
# =====================================================================

# ---- join_forces (060) ----
verb join_forces | join forces with
verb join_forces | team up with
verb join_forces | join hands with
verb join_forces | band together with
verb join_forces | unite with
verb join_forces | fight alongside | forms: fight alongside; fights alongside; fought alongside; fought alongside; fighting alongside
verb join_forces | fight side by side with | forms: fight side by side with; fights side by side with; fought side by side with; fought side by side with; fighting side by side with

# ---- cooperate_economically (061) ----
verb cooperate_economically | trade with
verb cooperate_economically | invest in
verb cooperate_economically | do business with | forms: do business with; does business with; did business with; done business with; doing business with
verb cooperate_economically | expand trade with
verb cooperate_economically | boost trade with
verb cooperate_economically | increase trade with
noun cooperate_economically | trade | prep: with; between
noun cooperate_economically | investment | plural: investments | prep: in
noun cooperate_economically | economic cooperation | prep: with; between
noun cooperate_economically | trade ties | prep: with; between

# ---- cooperate_militarily (062) ----
verb cooperate_militarily | hold joint exercises with | forms: hold joint exercises with; holds joint exercises with; held joint exercises with; held joint exercises with; holding joint exercises with
verb cooperate_militarily | hold joint drills with | forms: hold joint drills with; holds joint drills with; held joint drills with; held joint drills with; holding joint drills with
verb cooperate_militarily | hold joint military exercises with | forms: hold joint military exercises with; holds joint military exercises with; held joint military exercises with; held joint military exercises with; holding joint military exercises with
verb cooperate_militarily | hold joint military drills with | forms: hold joint military drills with; holds joint military drills with; held joint military drills with; held joint military drills with; holding joint military drills with
verb cooperate_militarily | hold war games with | forms: hold war games with; holds war games with; held war games with; held war games with; holding war games with
verb cooperate_militarily | conduct joint exercises with
verb cooperate_militarily | conduct joint drills with
verb cooperate_militarily | conduct joint patrols with
verb cooperate_militarily | stage joint exercises with
# "train" is taken as military training of an ally's or proxy's forces.
verb cooperate_militarily | train
noun cooperate_militarily | military cooperation | prep: with; between
noun cooperate_militarily | defense cooperation | prep: with; between
noun cooperate_militarily | defence cooperation | prep: with; between
noun cooperate_militarily | joint exercises | prep: with; between
noun cooperate_militarily | joint drills | prep: with; between
noun cooperate_militarily | joint military exercises | prep: with; between

# ---- extradite (063) ----
verb extradite | extradite | prep: to
verb extradite | hand over * to
verb extradite | turn over * to
noun extradite | extradition | plural: extraditions | prep: to
noun extradite | handover | plural: handovers | prep: to

# ---- share_intelligence (064) ----
verb share_intelligence | share intelligence with
verb share_intelligence | share information with
verb share_intelligence | exchange intelligence with
verb share_intelligence | exchange information with
verb share_intelligence | pass intelligence to
verb share_intelligence | provide intelligence to
noun share_intelligence | intelligence sharing | prep: with; between
noun share_intelligence | intelligence cooperation | prep: with; between

# =====================================================================
# 07 PROVIDE AID
# =====================================================================

# ---- aid (070) ----
verb aid | aid
verb aid | assist
verb aid | help
verb aid | provide aid to
verb aid | provide assistance to
verb aid | give aid to | forms: give aid to; gives aid to; gave aid to; given aid to; giving aid to
verb aid | send aid to | forms: send aid to; sends aid to; sent aid to; sent aid to; sending aid to
verb aid | deliver aid to
verb aid | ship aid to | forms: ship aid to; ships aid to; shipped aid to; shipped aid to; shipping aid to
verb aid | extend aid to
verb aid | extend assistance to
verb aid | come to the aid of | forms: come to the aid of; comes to the aid of; came to the aid of; come to the aid of; coming to the aid of
noun aid | aid | prep: to; for
noun aid | assistance | prep: to; for
noun aid | aid package | plural: aid packages | prep: to; for

# ---- economic_aid (071) ----
verb economic_aid | fund
verb economic_aid | finance
verb economic_aid | bankroll
verb economic_aid | bail out
verb economic_aid | lend * to | forms: lend * to; lends * to; lent * to; lent * to; lending * to
verb economic_aid | loan * to
verb economic_aid | provide loans to
verb economic_aid | grant a loan to
verb economic_aid | extend a loan to
verb economic_aid | extend credit to
verb economic_aid | provide financial aid to
verb economic_aid | provide financial assistance to
verb economic_aid | provide economic aid to
verb economic_aid | provide economic assistance to
noun economic_aid | loan | plural: loans | prep: to; for
noun economic_aid | financial aid | prep: to; for
noun economic_aid | financial assistance | prep: to; for
noun economic_aid | economic aid | prep: to; for
noun economic_aid | economic assistance | prep: to; for
noun economic_aid | bailout | plural: bailouts | prep: for; of
noun economic_aid | debt relief | prep: for; to
noun economic_aid | grant | plural: grants | prep: to; for

# ---- military_aid (072) ----
verb military_aid | arm
verb military_aid | equip | forms: equip; equips; equipped; equipped; equipping
verb military_aid | supply arms to
verb military_aid | supply weapons to
verb military_aid | supply * with weapons
verb military_aid | supply * with arms
verb military_aid | sell arms to | forms: sell arms to; sells arms to; sold arms to; sold arms to; selling arms to
verb military_aid | sell weapons to | forms: sell weapons to; sells weapons to; sold weapons to; sold weapons to; selling weapons to
verb military_aid | deliver arms to
verb military_aid | deliver weapons to
verb military_aid | send arms to | forms: send arms to; sends arms to; sent arms to; sent arms to; sending arms to
verb military_aid | send weapons to | forms: send weapons to; sends weapons to; sent weapons to; sent weapons to; sending weapons to
verb military_aid | ship arms to | forms: ship arms to; ships arms to; shipped arms to; shipped arms to; shipping arms to
verb military_aid | ship weapons to | forms: ship weapons to; ships weapons to; shipped weapons to; shipped weapons to; shipping weapons to
verb military_aid | provide arms to
verb military_aid | provide weapons to
verb military_aid | provide military aid to
verb military_aid | provide military assistance to
verb military_aid | give military aid to | forms: give military aid to; gives military aid to; gave military aid to; given military aid to; giving military aid to
verb military_aid | send military aid to | forms: send military aid to; sends military aid to; sent military aid to; sent military aid to; sending military aid to
verb military_aid | provide air support to
verb military_aid | provide air cover for
noun military_aid | military aid | prep: to; for
noun military_aid | military assistance | prep: to; for
noun military_aid | arms sales | prep: to
noun military_aid | arms deliveries | prep: to
noun military_aid | weapons deliveries | prep: to
noun military_aid | arms shipments | prep: to
noun military_aid | weapons shipments | prep: to
noun military_aid | arms supplies | prep: to

# ---- humanitarian_aid (073) ----
verb humanitarian_aid | provide humanitarian aid to
verb humanitarian_aid | provide humanitarian assistance to
verb humanitarian_aid | send humanitarian aid to | forms: send humanitarian aid to; sends humanitarian aid to; sent humanitarian aid to; sent humanitarian aid to; sending humanitarian aid to
verb humanitarian_aid | deliver humanitarian aid to
verb humanitarian_aid | airdrop aid to | forms: airdrop aid to; airdrops aid to; airdropped aid to; airdropped aid to; airdropping aid to
verb humanitarian_aid | airdrop food to | forms: airdrop food to; airdrops food to; airdropped food to; airdropped food to; airdropping food to
verb humanitarian_aid | airlift aid to
verb humanitarian_aid | deliver food to
verb humanitarian_aid | send relief supplies to | forms: send relief supplies to; sends relief supplies to; sent relief supplies to; sent relief supplies to; sending relief supplies to
verb humanitarian_aid | deliver relief supplies to
verb humanitarian_aid | rescue
noun humanitarian_aid | humanitarian aid | prep: to; for
noun humanitarian_aid | humanitarian assistance | prep: to; for
noun humanitarian_aid | relief supplies | prep: to; for
noun humanitarian_aid | food aid | prep: to; for
noun humanitarian_aid | airdrop | plural: airdrops | prep: to; for
noun humanitarian_aid | aid convoy | plural: aid convoys | prep: to; for

# ---- protect (074) ----
verb protect | protect
verb protect | guard
verb protect | shield
verb protect | escort
verb protect | provide protection to
verb protect | provide protection for
verb protect | provide security for
verb protect | deploy peacekeepers to
verb protect | send peacekeepers to | forms: send peacekeepers to; sends peacekeepers to; sent peacekeepers to; sent peacekeepers to; sending peacekeepers to
noun protect | protection | prep: for; of; to
noun protect | security guarantees | prep: to; for

# ---- grant_asylum (075) ----
verb grant_asylum | grant asylum to
verb grant_asylum | give asylum to | forms: give asylum to; gives asylum to; gave asylum to; given asylum to; giving asylum to
verb grant_asylum | offer asylum to
verb grant_asylum | grant refuge to
verb grant_asylum | give refuge to | forms: give refuge to; gives refuge to; gave refuge to; given refuge to; giving refuge to
verb grant_asylum | offer refuge to
verb grant_asylum | shelter
noun grant_asylum | asylum | prep: to; for

# =====================================================================
# 08 YIELD
# =====================================================================

# ---- yield (080) ----
verb yield | yield | prep: to
verb yield | give in to | forms: give in to; gives in to; gave in to; given in to; giving in to
verb yield | give way to | forms: give way to; gives way to; gave way to; given way to; giving way to
verb yield | bow to
verb yield | cave in to
verb yield | cave to
verb yield | back down
verb yield | comply with
verb yield | submit to | forms: submit to; submits to; submitted to; submitted to; submitting to
verb yield | accede to
verb yield | acquiesce to
verb yield | defer to | forms: defer to; defers to; deferred to; deferred to; deferring to
verb yield | capitulate to
verb yield | make concessions to | forms: make concessions to; makes concessions to; made concessions to; made concessions to; making concessions to
noun yield | concession | plural: concessions | prep: to

# ---- ease_restrictions (081) ----
verb ease_restrictions | ease restrictions on
verb ease_restrictions | lift restrictions on
verb ease_restrictions | relax restrictions on
verb ease_restrictions | lift the ban on
verb ease_restrictions | lift a ban on
verb ease_restrictions | lift curbs on
verb ease_restrictions | ease curbs on
verb ease_restrictions | unban | forms: unban; unbans; unbanned; unbanned; unbanning
verb ease_restrictions | legalize
verb ease_restrictions | legalise
noun ease_restrictions | easing of restrictions | prep: on

# ---- release (084) ----
# "release" also takes statements and reports as objects; those are not actors and give no relation.
verb release | release
verb release | free | forms: free; frees; freed; freed; freeing
verb release | set free | forms: set free; sets free; set free; set free; setting free
verb release | set * free | forms: set * free; sets * free; set * free; set * free; setting * free
verb release | pardon
verb release | hand back
verb release | grant amnesty to
verb release | exchange prisoners with
verb release | swap prisoners with | forms: swap prisoners with; swaps prisoners with; swapped prisoners with; swapped prisoners with; swapping prisoners with
noun release | release | prep: of
noun release | prisoner exchange | plural: prisoner exchanges | prep: with; between
noun release | prisoner swap | plural: prisoner swaps | prep: with; between
noun release | amnesty | prep: for

# ---- ease_sanctions (085) ----
verb ease_sanctions | lift sanctions on
verb ease_sanctions | lift sanctions against
verb ease_sanctions | ease sanctions on
verb ease_sanctions | ease sanctions against
verb ease_sanctions | relax sanctions on
verb ease_sanctions | suspend sanctions on
verb ease_sanctions | suspend sanctions against
verb ease_sanctions | remove sanctions on
verb ease_sanctions | remove sanctions against
verb ease_sanctions | lift the embargo on
verb ease_sanctions | lift the embargo against
verb ease_sanctions | lift an embargo on
verb ease_sanctions | unfreeze the assets of
noun ease_sanctions | sanctions relief | prep: for
noun ease_sanctions | lifting of sanctions | prep: on; against

# ---- allow_access (086) ----
verb allow_access | grant * access
verb allow_access | give * access | forms: give * access; gives * access; gave * access; given * access; giving * access
verb allow_access | allow * access
verb allow_access | allow * into
verb allow_access | let * into | forms: let * into; lets * into; let * into; let * into; letting * into
verb allow_access | grant access to
verb allow_access | allow access to
verb allow_access | open * borders to
verb allow_access | open * airspace to
noun allow_access | access | prep: for; to

# ---- ceasefire (0871) ----
verb ceasefire | declare a ceasefire with
verb ceasefire | declare a truce with
verb ceasefire | agree to a ceasefire with | forms: agree to a ceasefire with; agrees to a ceasefire with; agreed to a ceasefire with; agreed to a ceasefire with; agreeing to a ceasefire with
verb ceasefire | agree to a truce with | forms: agree to a truce with; agrees to a truce with; agreed to a truce with; agreed to a truce with; agreeing to a truce with
verb ceasefire | agree a ceasefire with | forms: agree a ceasefire with; agrees a ceasefire with; agreed a ceasefire with; agreed a ceasefire with; agreeing a ceasefire with
verb ceasefire | reach a ceasefire with
verb ceasefire | reach a truce with
verb ceasefire | call a truce with
# On purpose: more specific than "sign * with" (sign_agreement).
verb ceasefire | sign a ceasefire with
verb ceasefire | sign a truce with
noun ceasefire | ceasefire | plural: ceasefires | prep: with; between
noun ceasefire | cease-fire | plural: cease-fires | prep: with; between
noun ceasefire | truce | plural: truces | prep: with; between
noun ceasefire | armistice | plural: armistices | prep: with; between

# ---- lift_blockade (0872) ----
verb lift_blockade | lift the blockade of
verb lift_blockade | lift the blockade on
verb lift_blockade | lift the siege of
verb lift_blockade | ease the blockade of
verb lift_blockade | ease the blockade on
verb lift_blockade | end the siege of
verb lift_blockade | end the blockade of
verb lift_blockade | reopen * border with

# ---- withdraw (0874): military withdrawal ----
verb withdraw | withdraw troops from | forms: withdraw troops from; withdraws troops from; withdrew troops from; withdrawn troops from; withdrawing troops from
verb withdraw | withdraw forces from | forms: withdraw forces from; withdraws forces from; withdrew forces from; withdrawn forces from; withdrawing forces from
verb withdraw | withdraw * troops from | forms: withdraw * troops from; withdraws * troops from; withdrew * troops from; withdrawn * troops from; withdrawing * troops from
verb withdraw | withdraw * forces from | forms: withdraw * forces from; withdraws * forces from; withdrew * forces from; withdrawn * forces from; withdrawing * forces from
verb withdraw | pull troops out of
verb withdraw | pull * troops out of
verb withdraw | pull * forces out of
verb withdraw | pull back from
verb withdraw | retreat from
noun withdraw | withdrawal | plural: withdrawals | prep: from
noun withdraw | troop withdrawal | plural: troop withdrawals | prep: from
noun withdraw | pullout | plural: pullouts | prep: from
noun withdraw | pull-out | plural: pull-outs | prep: from

# ---- surrender (0874) ----
verb surrender | surrender | prep: to
verb surrender | lay down * arms | forms: lay down * arms; lays down * arms; laid down * arms; laid down * arms; laying down * arms
verb surrender | lay down * weapons | forms: lay down * weapons; lays down * weapons; laid down * weapons; laid down * weapons; laying down * weapons
noun surrender | surrender | prep: to
noun surrender | capitulation | prep: to

# =====================================================================
# 09 INVESTIGATE
# =====================================================================

# ---- investigate (090) ----
verb investigate | investigate
verb investigate | probe
verb investigate | look into
verb investigate | inspect
verb investigate | examine
verb investigate | scrutinize
verb investigate | scrutinise
verb investigate | audit
verb investigate | open an investigation into
verb investigate | launch an investigation into
verb investigate | order an investigation into
verb investigate | conduct an investigation into
verb investigate | open an inquiry into
verb investigate | launch an inquiry into
verb investigate | open a probe into
verb investigate | launch a probe into
noun investigate | investigation | plural: investigations | prep: into; of
noun investigate | probe | plural: probes | prep: into; of
noun investigate | inquiry | plural: inquiries | prep: into; of
noun investigate | inspection | plural: inspections | prep: of
