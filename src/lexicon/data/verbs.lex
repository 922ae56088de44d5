# Verbs and nouns that express the event types of events.lex.
#
#   verb TYPE | phrase | forms: base; 3sg; past; participle; gerund | prep: ...; | speech: yes
#   noun TYPE | phrase | plural: ...; | prep: ...;
#
# Single verbs are given as the lemma; their regular inflections are
# generated. `forms` is given for irregular verbs and for verbs that double
# their last consonant (ban -> banned), end in -ee (agree -> agreeing) or
# take -oes (veto -> vetoes). In a multiword phrase the first word inflects
# (for a phrase, `forms` gives the whole phrase; only its first word is
# used). `*` is the object slot: it must be filled by an actor, who is the
# target ("hold * responsible", "accuse * of aggression"); fillers that are
# not actors ("its", "more") are spelled out instead ("recall its
# ambassador"). Articles inside phrases are left out, because the matcher
# skips "a", "an" and "the" in the text: "lodge protest with" also matches
# "lodged a protest with". `prep` lists the prepositions that introduce the
# TARGET when it is not the direct object. `~` stands for up to four words
# of the phrase's own object ("suspend ~ aid" matches "suspended part of a
# military aid program"); it never spans an actor or a clause boundary. `speech: yes` marks verbs that
# introduce reported speech. Plurals of multiword nouns whose last word
# changes ("air strikes") are lines of their own.
#
# The choice of words follows the breadth of the CAMEO verb dictionaries
# (TABARI/PETRARCH CAMEO verb dictionary, MIT licence, Open Event Data
# Alliance) and common wire-service usage; see docs/VOCABULARY.md.
#
# Many base forms are also nouns (attack, call, visit, strike, aid, release,
# support, shell, bomb); the grammar decides by position, these lists do not.
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
verb say | suggest | speech: yes
verb say | indicate | speech: yes
verb say | lament | speech: yes
noun say | statement | prep: to
noun say | message | prep: to
noun say | remarks | prep: to

# ---- comment (010) ----
verb comment | comment | prep: on; about | speech: yes
verb comment | remark on
verb comment | speak about | forms: speak about; speaks about; spoke about; spoken about; speaking about
verb comment | speak of | forms: speak of; speaks of; spoke of; spoken of; speaking of
verb comment | refer to | forms: refer to; refers to; referred to; referred to; referring to
noun comment | comments | prep: on; about
noun comment | reference | prep: to

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
verb deny | deny accusations | prep: by; from; of
verb deny | deny allegations | prep: by; from; of
verb deny | reject accusations | prep: by; from; of
verb deny | reject allegations | prep: by; from; of
verb deny | dismiss accusations | prep: by; from; of
verb deny | dismiss allegations | prep: by; from; of
verb deny | refute | speech: yes
verb deny | rebut | forms: rebut; rebuts; rebutted; rebutted; rebutting
verb deny | disavow
noun deny | denial | prep: of

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
noun sympathize | condolence message | prep: to
noun sympathize | condolence messages | prep: to
noun sympathize | sympathy | prep: for; to; with

# ---- concur (019) ----
verb concur | concur | forms: concur; concurs; concurred; concurred; concurring | prep: with
verb concur | see eye to eye with | forms: see eye to eye with; sees eye to eye with; saw eye to eye with; seen eye to eye with; seeing eye to eye with
verb concur | share view of
verb concur | share concerns of
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
verb appeal | make appeal | forms: make appeal; makes appeal; made appeal; made appeal; making appeal | prep: to
verb appeal | issue appeal | prep: to
verb appeal | launch appeal | prep: to
noun appeal | appeal | prep: to
noun appeal | plea | prep: to

# ---- urge (020) ----
verb urge | urge | speech: yes
# On purpose: "call on * to" is urge, "call" alone is a telephone call, "call in" is summon.
verb urge | call on * to
verb urge | call upon * to
verb urge | exhort
verb urge | encourage
verb urge | prod | forms: prod; prods; prodded; prodded; prodding
verb urge | nudge
noun urge | exhortation | prep: to

# ---- request (020) ----
verb request | ask | speech: yes
verb request | request
verb request | solicit
verb request | petition
noun request | request | prep: to; from

# ---- propose (020) ----
verb propose | propose | prep: to | speech: yes
verb propose | recommend | prep: to
verb propose | advise | speech: yes
verb propose | counsel | forms: counsel; counsels; counseled; counseled; counseling | speech: yes
verb propose | counsel | forms: counsel; counsels; counselled; counselled; counselling | speech: yes
verb propose | put forward proposal | forms: put forward proposal; puts forward proposal; put forward proposal; put forward proposal; putting forward proposal | prep: to
verb propose | submit proposal | forms: submit proposal; submits proposal; submitted proposal; submitted proposal; submitting proposal | prep: to
verb propose | present proposal | prep: to
verb propose | table proposal | prep: to
noun propose | proposal | prep: to
noun propose | suggestion | prep: to

# ---- request_aid (023) ----
verb request_aid | ask * for aid
verb request_aid | ask * for help
verb request_aid | ask * for assistance
verb request_aid | seek aid from | forms: seek aid from; seeks aid from; sought aid from; sought aid from; seeking aid from
verb request_aid | seek help from | forms: seek help from; seeks help from; sought help from; sought help from; seeking help from
verb request_aid | seek assistance from | forms: seek assistance from; seeks assistance from; sought assistance from; sought assistance from; seeking assistance from
verb request_aid | request aid from
# Asking a state for refuge is a request for humanitarian aid (CAMEO 0233).
verb request_aid | seek refuge in | forms: seek refuge in; seeks refuge in; sought refuge in; sought refuge in; seeking refuge in
verb request_aid | seek asylum in | forms: seek asylum in; seeks asylum in; sought asylum in; sought asylum in; seeking asylum in
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
verb agree | reach agreement with
verb agree | reach deal with
verb agree | reach understanding with
# Without "with": "Hungary and Romania reached agreement" (each with each).
verb agree | reach agreement
verb agree | reach deal
verb agree | reach accord
verb agree | strike deal with | forms: strike deal with; strikes deal with; struck deal with; struck deal with; striking deal with
verb agree | clinch deal with
verb agree | cut deal with | forms: cut deal with; cuts deal with; cut deal with; cut deal with; cutting deal with
verb agree | come to agreement with | forms: come to agreement with; comes to agreement with; came to agreement with; come to agreement with; coming to agreement with
verb agree | hammer out deal with
noun agree | agreement | prep: with; between
noun agree | deal | prep: with; between
noun agree | accord | prep: with; between
noun agree | understanding | prep: with; between

# ---- promise (030) ----
verb promise | promise | prep: to | speech: yes
verb promise | pledge | prep: to | speech: yes
# "vow" is kept here (CAMEO pledge); "vowed to retaliate" carries a second event.
verb promise | vow | speech: yes
verb promise | assure | speech: yes
verb promise | reassure | speech: yes
verb promise | guarantee | forms: guarantee; guarantees; guaranteed; guaranteed; guaranteeing
verb promise | give assurances | forms: give assurances; gives assurances; gave assurances; given assurances; giving assurances | prep: to
noun promise | promise | prep: to
noun promise | pledge | prep: to
noun promise | assurance | prep: to
noun promise | guarantee | prep: to

# ---- offer (030) ----
verb offer | offer | prep: to
verb offer | make offer | forms: make offer; makes offer; made offer; made offer; making offer | prep: to
verb offer | extend offer | prep: to
noun offer | offer | prep: to

# ---- offer_aid (033) ----
verb offer_aid | pledge aid to
verb offer_aid | pledge assistance to
verb offer_aid | promise aid to
verb offer_aid | promise assistance to
verb offer_aid | offer aid to
verb offer_aid | offer assistance to
verb offer_aid | offer help to
verb offer_aid | offer to help
noun offer_aid | aid pledge | prep: to; for
noun offer_aid | aid pledges | prep: to; for
noun offer_aid | offer of aid | plural: offers of aid | prep: to
noun offer_aid | offer of assistance | plural: offers of assistance | prep: to

# ---- invite (036) ----
verb invite | invite
verb invite | reinvite
verb invite | extend invitation to
verb invite | issue invitation to
noun invite | invitation | prep: to

# ---- accept_mediation (038) ----
verb accept_mediation | accept mediation | prep: by; from; of
verb accept_mediation | accept * mediation
verb accept_mediation | agree to mediation | forms: agree to mediation; agrees to mediation; agreed to mediation; agreed to mediation; agreeing to mediation | prep: by; from; of
verb accept_mediation | agree to * mediation | forms: agree to * mediation; agrees to * mediation; agreed to * mediation; agreed to * mediation; agreeing to * mediation

# ---- offer_mediation (039) ----
verb offer_mediation | offer to mediate | prep: between; with
verb offer_mediation | offer mediation | prep: between; to
verb offer_mediation | offer its good offices | prep: to
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
verb consult | discuss | prep: with
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
noun consult | talks | prep: with; between
noun consult | consultations | prep: with; between
noun consult | discussions | prep: with; between
noun consult | dialogue | prep: with; between
noun consult | conversation | prep: with; between

# ---- meet (040) ----
verb meet | meet | forms: meet; meets; met; met; meeting | prep: with
verb meet | hold meeting with | forms: hold meeting with; holds meeting with; held meeting with; held meeting with; holding meeting with
verb meet | hold summit with | forms: hold summit with; holds summit with; held summit with; held summit with; holding summit with
verb meet | hold bilateral meeting with | forms: hold bilateral meeting with; holds bilateral meeting with; held bilateral meeting with; held bilateral meeting with; holding bilateral meeting with
verb meet | have meeting with | forms: have meeting with; has meeting with; had meeting with; had meeting with; having meeting with
verb meet | sit down with | forms: sit down with; sits down with; sat down with; sat down with; sitting down with
verb meet | get together with | forms: get together with; gets together with; got together with; gotten together with; getting together with
noun meet | meeting | prep: with; between
noun meet | summit | prep: with; between
noun meet | audience | prep: with
noun meet | encounter | prep: with; between

# ---- call (041): telephone calls ----
# On purpose: bare "call" is a phone call; "call on * to" is urge, "call for" appeal, "call in" summon.
verb call | call
verb call | phone
verb call | telephone
verb call | speak by phone | forms: speak by phone; speaks by phone; spoke by phone; spoken by phone; speaking by phone | prep: with; to
verb call | speak by telephone | forms: speak by telephone; speaks by telephone; spoke by telephone; spoken by telephone; speaking by telephone | prep: with; to
verb call | speak on phone | forms: speak on phone; speaks on phone; spoke on phone; spoken on phone; speaking on phone | prep: with; to
verb call | talk by phone | prep: with; to
verb call | talk by telephone | prep: with; to
verb call | talk on phone | prep: with; to
verb call | hold phone call with | forms: hold phone call with; holds phone call with; held phone call with; held phone call with; holding phone call with
verb call | hold telephone call with | forms: hold telephone call with; holds telephone call with; held telephone call with; held telephone call with; holding telephone call with
verb call | hold telephone conversation with | forms: hold telephone conversation with; holds telephone conversation with; held telephone conversation with; held telephone conversation with; holding telephone conversation with
verb call | hold phone talks with | forms: hold phone talks with; holds phone talks with; held phone talks with; held phone talks with; holding phone talks with
verb call | hold telephone talks with | forms: hold telephone talks with; holds telephone talks with; held telephone talks with; held telephone talks with; holding telephone talks with
verb call | have phone call with | forms: have phone call with; has phone call with; had phone call with; had phone call with; having phone call with
verb call | have telephone conversation with | forms: have telephone conversation with; has telephone conversation with; had telephone conversation with; had telephone conversation with; having telephone conversation with
verb call | have phone conversation with | forms: have phone conversation with; has phone conversation with; had phone conversation with; had phone conversation with; having phone conversation with
# On purpose: the noun "call" is the telephone call, but only "call with" names a partner ("calls for" and "calls on" are urge/appeal words).
noun call | call | prep: with
noun call | telephone call | prep: to; with
noun call | telephone calls | prep: to; with
noun call | phone call | prep: to; with
noun call | phone calls | prep: to; with
noun call | phone conversation | prep: with
noun call | phone conversations | prep: with
noun call | telephone conversation | prep: with
noun call | telephone conversations | prep: with
noun call | phone talks | prep: with
noun call | telephone talks | prep: with
noun call | video call | prep: with
noun call | video calls | prep: with
noun call | video conference | prep: with
noun call | video conferences | prep: with

# ---- visit (042) ----
verb visit | visit
verb visit | pay visit to | forms: pay visit to; pays visit to; paid visit to; paid visit to; paying visit to
verb visit | pay state visit to | forms: pay state visit to; pays state visit to; paid state visit to; paid state visit to; paying state visit to
verb visit | pay official visit to | forms: pay official visit to; pays official visit to; paid official visit to; paid official visit to; paying official visit to
verb visit | make visit to | forms: make visit to; makes visit to; made visit to; made visit to; making visit to
verb visit | make trip to | forms: make trip to; makes trip to; made trip to; made trip to; making trip to
verb visit | travel to | forms: travel to; travels to; traveled to; traveled to; traveling to
verb visit | travel to | forms: travel to; travels to; travelled to; travelled to; travelling to
verb visit | fly to | forms: fly to; flies to; flew to; flown to; flying to
verb visit | head to
verb visit | arrive | prep: in; at
verb visit | tour
noun visit | visit | prep: to
noun visit | state visit | prep: to
noun visit | state visits | prep: to
noun visit | trip | prep: to
noun visit | tour | prep: of
noun visit | trip abroad | plural: trips abroad | prep: to

# ---- host (043) ----
verb host | host
# "receive" a visitor is hosting; received letters, calls or aid have no actor as object.
verb host | receive
verb host | welcome * to
verb host | greet
verb host | play host to
verb host | roll out red carpet for
noun host | reception | prep: for

# ---- mediate (045) ----
verb mediate | mediate | prep: between; with
verb mediate | broker
verb mediate | act as mediator | prep: between
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
verb negotiate | return to talks with
verb negotiate | return to negotiations with
verb negotiate | resume negotiations with
verb negotiate | hammer out agreement with
noun negotiate | negotiation | prep: with; between
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
noun cooperate | partnership | prep: with; between
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
verb normalize | upgrade ~ ties with
verb normalize | upgrade ~ relations with
verb normalize | patch up relations with | forms: patch up relations with; patches up relations with; patched up relations with; patched up relations with; patching up relations with
verb normalize | bury hatchet with
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
# On purpose: "welcome" is praise ("welcomed the decision"), "welcome * to" is host.
verb praise | welcome
verb praise | pay tribute to | forms: pay tribute to; pays tribute to; paid tribute to; paid tribute to; paying tribute to
verb praise | speak highly of | forms: speak highly of; speaks highly of; spoke highly of; spoken highly of; speaking highly of
verb praise | heap praise on
verb praise | lavish praise on
verb praise | sing praises of | forms: sing praises of; sings praises of; sang praises of; sung praises of; singing praises of
noun praise | praise | prep: for
noun praise | tribute | prep: to

# ---- support (051): endorsement and backing ----
verb support | support
# "back" is also an adverb and a noun; as a verb ("Russia-backed", "backed the plan") it is support.
verb support | back
verb support | endorse
verb support | champion
verb support | side with
verb support | stand with | forms: stand with; stands with; stood with; stood with; standing with
verb support | rally behind
verb support | throw its weight behind | forms: throw its weight behind; throws its weight behind; threw its weight behind; thrown its weight behind; throwing its weight behind
verb support | throw their weight behind | forms: throw their weight behind; throws their weight behind; threw their weight behind; thrown their weight behind; throwing their weight behind
verb support | throw his weight behind | forms: throw his weight behind; throws his weight behind; threw his weight behind; thrown his weight behind; throwing his weight behind
verb support | throw her weight behind | forms: throw her weight behind; throws her weight behind; threw her weight behind; thrown her weight behind; throwing her weight behind
verb support | voice support for
verb support | express support for
verb support | lend support to | forms: lend support to; lends support to; lent support to; lent support to; lending support to
verb support | offer support to
verb support | pledge support for
verb support | pledge support to
verb support | express solidarity with
noun support | support | prep: for
noun support | backing | prep: for
noun support | endorsement | prep: of
noun support | solidarity | prep: with

# ---- congratulate (051) ----
verb congratulate | congratulate
verb congratulate | felicitate
verb congratulate | send congratulations to | forms: send congratulations to; sends congratulations to; sent congratulations to; sent congratulations to; sending congratulations to
verb congratulate | offer congratulations to
verb congratulate | extend congratulations to
verb congratulate | convey congratulations to
verb congratulate | send congratulatory message to | forms: send congratulatory message to; sends congratulatory message to; sent congratulatory message to; sent congratulatory message to; sending congratulatory message to
noun congratulate | congratulations | prep: to
noun congratulate | congratulatory message | prep: to
noun congratulate | congratulatory messages | prep: to

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
verb defend | come to defense of | forms: come to defense of; comes to defense of; came to defense of; come to defense of; coming to defense of
verb defend | come to defence of | forms: come to defence of; comes to defence of; came to defence of; come to defence of; coming to defence of
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
verb recognize | open embassy in
noun recognize | recognition | prep: of
noun recognize | diplomatic recognition | prep: of

# ---- apologize (055) ----
verb apologize | apologize | prep: to
verb apologize | apologise | prep: to
verb apologize | say sorry to | forms: say sorry to; says sorry to; said sorry to; said sorry to; saying sorry to
verb apologize | offer apology to
verb apologize | issue apology to
verb apologize | make apology to | forms: make apology to; makes apology to; made apology to; made apology to; making apology to
noun apologize | apology | prep: to

# ---- forgive (056) ----
verb forgive | forgive | forms: forgive; forgives; forgave; forgiven; forgiving
verb forgive | absolve
noun forgive | forgiveness | prep: of

# ---- sign_agreement (057) ----
verb sign_agreement | ink deal with
verb sign_agreement | ink agreement with
verb sign_agreement | ink pact with
verb sign_agreement | sign agreement with
verb sign_agreement | sign deal with
verb sign_agreement | sign treaty with
verb sign_agreement | sign accord with
verb sign_agreement | sign pact with
verb sign_agreement | sign memorandum of understanding with
# Without "with": "Gaddafi and Zhivkov signed a treaty" (each with each).
verb sign_agreement | sign agreement
verb sign_agreement | sign treaty
verb sign_agreement | sign accord
verb sign_agreement | sign pact
verb sign_agreement | sign deal
verb sign_agreement | conclude agreement with
verb sign_agreement | conclude treaty with
verb sign_agreement | seal deal with
verb sign_agreement | seal agreement with
noun sign_agreement | treaty | prep: with; between
noun sign_agreement | pact | prep: with; between
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
noun cooperate_economically | investment | prep: in
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
verb cooperate_militarily | launch joint exercises with | forms: launch joint exercises with; launches joint exercises with; launched joint exercises with; launched joint exercises with; launching joint exercises with
verb cooperate_militarily | launch ~ war games with | forms: launch ~ war games with; launches ~ war games with; launched ~ war games with; launched ~ war games with; launching ~ war games with
verb cooperate_militarily | hold ~ war games with | forms: hold ~ war games with; holds ~ war games with; held ~ war games with; held ~ war games with; holding ~ war games with
verb cooperate_militarily | launch ~ joint exercises with | forms: launch ~ joint exercises with; launches ~ joint exercises with; launched ~ joint exercises with; launched ~ joint exercises with; launching ~ joint exercises with
verb cooperate_militarily | launch war games with | forms: launch war games with; launches war games with; launched war games with; launched war games with; launching war games with
noun cooperate_militarily | military cooperation | prep: with; between
noun cooperate_militarily | defense cooperation | prep: with; between
noun cooperate_militarily | defence cooperation | prep: with; between
noun cooperate_militarily | joint exercises | prep: with; between
noun cooperate_militarily | joint drills | prep: with; between
noun cooperate_militarily | joint military exercises | prep: with; between

# ---- extradite (063) ----
verb extradite | extradite | prep: to
verb extradite | hand over | prep: to
verb extradite | turn over | prep: to
noun extradite | extradition | prep: to
noun extradite | handover | prep: to

# ---- share_intelligence (064) ----
verb share_intelligence | share intelligence with
verb share_intelligence | share information with
verb share_intelligence | exchange intelligence with
verb share_intelligence | exchange information with
verb share_intelligence | pass intelligence to
verb share_intelligence | provide intelligence to
verb share_intelligence | share evidence with
verb share_intelligence | share expertise with
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
# Two objects: "give Tanzania a grant", "gave Kyiv new aid".
verb economic_aid | give * grant | forms: give * grant; gives * grant; gave * grant; given * grant; giving * grant
verb economic_aid | give * loan | forms: give * loan; gives * loan; gave * loan; given * loan; giving * loan
verb aid | give * aid | forms: give * aid; gives * aid; gave * aid; given * aid; giving * aid
verb aid | send aid to | forms: send aid to; sends aid to; sent aid to; sent aid to; sending aid to
verb aid | deliver aid to
verb aid | ship aid to | forms: ship aid to; ships aid to; shipped aid to; shipped aid to; shipping aid to
verb aid | extend aid to
verb aid | extend assistance to
verb aid | donate | prep: to
# "provided 25,000 tons of emergency food aid to": `~` is the amount and kind.
verb aid | provide ~ aid to
verb aid | provide ~ assistance to
verb aid | deliver ~ aid to
verb aid | send ~ aid to | forms: send ~ aid to; sends ~ aid to; sent ~ aid to; sent ~ aid to; sending ~ aid to
verb aid | hand over ~ aid to
verb aid | come to aid of | forms: come to aid of; comes to aid of; came to aid of; come to aid of; coming to aid of
noun aid | aid | prep: to; for
noun aid | assistance | prep: to; for
noun aid | aid package | prep: to; for
noun aid | aid packages | prep: to; for

# ---- economic_aid (071) ----
verb economic_aid | fund
verb economic_aid | finance
verb economic_aid | bankroll
verb economic_aid | bail out
verb economic_aid | lend money to | forms: lend money to; lends money to; lent money to; lent money to; lending money to
verb economic_aid | loan money to
verb economic_aid | provide loans to
verb economic_aid | grant loan to
verb economic_aid | extend loan to
verb economic_aid | extend credit to
verb economic_aid | provide financial aid to
verb economic_aid | provide financial assistance to
verb economic_aid | provide economic aid to
verb economic_aid | provide economic assistance to
noun economic_aid | loan | prep: to; for
noun economic_aid | financial aid | prep: to; for
noun economic_aid | financial assistance | prep: to; for
noun economic_aid | economic aid | prep: to; for
noun economic_aid | economic assistance | prep: to; for
noun economic_aid | bailout | prep: for; of
noun economic_aid | debt relief | prep: for; to
noun economic_aid | grant | prep: to; for

# ---- military_aid (072) ----
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
# "handed over 700 kg of medicine to": a thing handed over is aid; a person, extradition.
verb humanitarian_aid | hand over ~ medicine to
verb humanitarian_aid | hand over ~ medicines to
verb humanitarian_aid | hand over ~ supplies to
verb humanitarian_aid | hand over ~ food to
verb humanitarian_aid | deliver ~ supplies to
verb humanitarian_aid | deliver ~ medicine to
noun humanitarian_aid | humanitarian aid | prep: to; for
noun humanitarian_aid | humanitarian assistance | prep: to; for
noun humanitarian_aid | relief supplies | prep: to; for
noun humanitarian_aid | food aid | prep: to; for
noun humanitarian_aid | airdrop | prep: to; for
noun humanitarian_aid | aid convoy | prep: to; for
noun humanitarian_aid | aid convoys | prep: to; for

# ---- protect (074) ----
verb protect | protect
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
verb yield | concede to
verb yield | acquiesce to
verb yield | defer to | forms: defer to; defers to; deferred to; deferred to; deferring to
verb yield | capitulate to
verb yield | make concessions to | forms: make concessions to; makes concessions to; made concessions to; made concessions to; making concessions to
noun yield | concession | prep: to

# ---- ease_restrictions (081) ----
verb ease_restrictions | ease restrictions on
verb ease_restrictions | lift restrictions on
verb ease_restrictions | relax restrictions on
verb ease_restrictions | lift ban on
verb ease_restrictions | lift curbs on
verb ease_restrictions | ease emergency measures
verb ease_restrictions | ease emergency measures in
verb ease_restrictions | lift curfew
verb ease_restrictions | lift curfew in
verb ease_restrictions | lift night curfew in
verb ease_restrictions | lift state of emergency in
verb ease_restrictions | lift state of emergency
verb ease_restrictions | lift martial law
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
noun release | prisoner exchange | prep: with; between
noun release | prisoner exchanges | prep: with; between
noun release | prisoner swap | prep: with; between
noun release | prisoner swaps | prep: with; between
noun release | amnesty | prep: for

# ---- ease_sanctions (085) ----
verb ease_sanctions | lift sanctions on
verb ease_sanctions | lift sanctions against
verb ease_sanctions | lift ~ sanctions on
verb ease_sanctions | lift ~ sanctions against
verb ease_sanctions | ease ~ sanctions on
verb ease_sanctions | ease sanctions on
verb ease_sanctions | ease sanctions against
verb ease_sanctions | relax sanctions on
verb ease_sanctions | suspend sanctions on
verb ease_sanctions | suspend sanctions against
verb ease_sanctions | remove sanctions on
verb ease_sanctions | remove sanctions against
verb ease_sanctions | lift embargo on
verb ease_sanctions | lift embargo against
verb ease_sanctions | unfreeze assets of
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
verb allow_access | open borders to
verb allow_access | open its borders to
verb allow_access | open its airspace to
noun allow_access | access | prep: for; to

# ---- ceasefire (0871) ----
verb ceasefire | declare ceasefire with
verb ceasefire | declare truce with
verb ceasefire | agree to ceasefire with | forms: agree to ceasefire with; agrees to ceasefire with; agreed to ceasefire with; agreed to ceasefire with; agreeing to ceasefire with
verb ceasefire | agree to truce with | forms: agree to truce with; agrees to truce with; agreed to truce with; agreed to truce with; agreeing to truce with
verb ceasefire | agree ceasefire with | forms: agree ceasefire with; agrees ceasefire with; agreed ceasefire with; agreed ceasefire with; agreeing ceasefire with
verb ceasefire | reach ceasefire with
verb ceasefire | reach truce with
verb ceasefire | call truce with
# A signed truce is a ceasefire, not sign_agreement.
verb ceasefire | sign ceasefire with
verb ceasefire | sign truce with
noun ceasefire | ceasefire | prep: with; between
noun ceasefire | cease-fire | prep: with; between
noun ceasefire | truce | prep: with; between
noun ceasefire | armistice | prep: with; between

# ---- lift_blockade (0872) ----
verb lift_blockade | lift blockade of
verb lift_blockade | lift blockade on
verb lift_blockade | lift siege of
verb lift_blockade | ease blockade of
verb lift_blockade | ease blockade on
verb lift_blockade | end siege of
verb lift_blockade | end blockade of
# "lifted Friday a day-old blockade on": `~` is the time, length or extent.
verb lift_blockade | lift ~ blockade on
verb lift_blockade | lift ~ blockade of
verb lift_blockade | lift ~ siege of
verb lift_blockade | reopen border with
verb lift_blockade | reopen its border with

# ---- withdraw (0874): military withdrawal ----
verb withdraw | withdraw troops from | forms: withdraw troops from; withdraws troops from; withdrew troops from; withdrawn troops from; withdrawing troops from
verb withdraw | withdraw forces from | forms: withdraw forces from; withdraws forces from; withdrew forces from; withdrawn forces from; withdrawing forces from
verb withdraw | withdraw its troops from | forms: withdraw its troops from; withdraws its troops from; withdrew its troops from; withdrawn its troops from; withdrawing its troops from
verb withdraw | withdraw their troops from | forms: withdraw their troops from; withdraws their troops from; withdrew their troops from; withdrawn their troops from; withdrawing their troops from
verb withdraw | withdraw its forces from | forms: withdraw its forces from; withdraws its forces from; withdrew its forces from; withdrawn its forces from; withdrawing its forces from
verb withdraw | withdraw their forces from | forms: withdraw their forces from; withdraws their forces from; withdrew their forces from; withdrawn their forces from; withdrawing their forces from
verb withdraw | withdraw all troops from | forms: withdraw all troops from; withdraws all troops from; withdrew all troops from; withdrawn all troops from; withdrawing all troops from
# Bare "withdraw" needs "from X" for a target ("withdraw its peacekeeping force
# from Chad", "withdrew inspectors from Iraq"); "withdraw from the talks" has none.
verb withdraw | withdraw | forms: withdraw; withdraws; withdrew; withdrawn; withdrawing | prep: from
verb withdraw | pull its troops out of
verb withdraw | pull its forces out of
verb withdraw | pull their troops out of
verb withdraw | pull troops out of
verb withdraw | pull back from
verb withdraw | retreat from
noun withdraw | withdrawal | prep: from
noun withdraw | troop withdrawal | prep: from
noun withdraw | troop withdrawals | prep: from
noun withdraw | pullout | prep: from
noun withdraw | pull-out | prep: from

# ---- surrender (0874) ----
verb surrender | surrender | prep: to
verb surrender | lay down arms | forms: lay down arms; lays down arms; laid down arms; laid down arms; laying down arms
verb surrender | lay down their arms | forms: lay down their arms; lays down their arms; laid down their arms; laid down their arms; laying down their arms
verb surrender | lay down their weapons | forms: lay down their weapons; lays down their weapons; laid down their weapons; laid down their weapons; laying down their weapons
verb surrender | lay down weapons | forms: lay down weapons; lays down weapons; laid down weapons; laid down weapons; laying down weapons
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
verb investigate | open investigation into
verb investigate | launch investigation into
verb investigate | order investigation into
verb investigate | conduct investigation into
verb investigate | open inquiry into
verb investigate | launch inquiry into
verb investigate | open probe into
verb investigate | open ~ investigation | prep: into; against; of
verb investigate | open ~ investigations | prep: into; against; of
verb investigate | launch probe into
verb investigate | send inspectors to | forms: send inspectors to; sends inspectors to; sent inspectors to; sent inspectors to; sending inspectors to
verb investigate | send investigators to | forms: send investigators to; sends investigators to; sent investigators to; sent investigators to; sending investigators to
verb investigate | dispatch inspectors to
verb investigate | dispatch investigators to
noun investigate | investigation | prep: into; of
noun investigate | probe | prep: into; of
noun investigate | inquiry | prep: into; of
noun investigate | inspection | prep: of

# =====================================================================
# 10 DEMAND
# =====================================================================

# ---- demand (100) ----
verb demand | demand | speech: yes
verb demand | insist on
verb demand | press * to
# "ordered Carlos Menem to appear": an order is a demand (10); "order * to leave" is expel.
verb demand | order * to
verb demand | push * to
verb demand | pressure
verb demand | pressurize
verb demand | pressurise
verb demand | put pressure on | forms: put pressure on; puts pressure on; put pressure on; put pressure on; putting pressure on
verb demand | pile pressure on
verb demand | step up pressure on | forms: step up pressure on; steps up pressure on; stepped up pressure on; stepped up pressure on; stepping up pressure on
verb demand | increase pressure on
verb demand | ratchet up pressure on
verb demand | lean on
verb demand | issue demand to
verb demand | make demands on | forms: make demands on; makes demands on; made demands on; made demands on; making demands on
noun demand | demand | prep: on; to; for
noun demand | pressure | prep: on
noun demand | insistence | prep: on

# ---- demand_resignation (1041) ----
verb demand_resignation | demand resignation of
verb demand_resignation | call for resignation of
verb demand_resignation | demand ouster of
verb demand_resignation | call for ouster of
# On purpose: these are longer than "call on * to" and "urge" (urge).
verb demand_resignation | call on * to resign
verb demand_resignation | call on * to step down
verb demand_resignation | call for * to resign
verb demand_resignation | call for * to step down
verb demand_resignation | urge * to resign
verb demand_resignation | urge * to step down
verb demand_resignation | demand that * resign
verb demand_resignation | demand that * step down

# =====================================================================
# 11 DISAPPROVE
# =====================================================================

# ---- disapprove (110) ----
verb disapprove | disapprove | prep: of
verb disapprove | oppose
verb disapprove | object to
verb disapprove | take issue with | forms: take issue with; takes issue with; took issue with; taken issue with; taking issue with
verb disapprove | balk at
verb disapprove | bristle at
verb disapprove | frown on | forms: frown on; frowns on; frowned on; frowned on; frowning on
verb disapprove | frown upon
verb disapprove | disagree | forms: disagree; disagrees; disagreed; disagreed; disagreeing | prep: with
verb disapprove | differ with | forms: differ with; differs with; differed with; differed with; differing with
verb disapprove | dispute
verb disapprove | challenge
verb disapprove | contradict
verb disapprove | regret | forms: regret; regrets; regretted; regretted; regretting | speech: yes
verb disapprove | express displeasure with
verb disapprove | express displeasure at
verb disapprove | express dismay at
verb disapprove | express dismay over
verb disapprove | express disappointment with
verb disapprove | express disappointment at
verb disapprove | express disappointment over
verb disapprove | express reservations about
verb disapprove | express opposition to
verb disapprove | voice opposition to
verb disapprove | voice displeasure with
noun disapprove | objection | prep: to
noun disapprove | disapproval | prep: of
noun disapprove | displeasure | prep: with; at
noun disapprove | disappointment | prep: with; at

# ---- criticize (111) ----
verb criticize | criticize
verb criticize | criticise
# As the brief of the vocabulary asks: concern over an actor's conduct is criticism (CAMEO's own dictionary codes bare "express concern" 012).
verb criticize | express concern over
verb criticize | express concern about
verb criticize | express concern at
verb criticize | voice concern over
verb criticize | voice concern about
verb criticize | voice concerns over
verb criticize | voice concerns about
verb criticize | express alarm over
verb criticize | express alarm at
verb criticize | slam | forms: slam; slams; slammed; slammed; slamming
verb criticize | lash out at | forms: lash out at; lashes out at; lashed out at; lashed out at; lashing out at
verb criticize | hit out at | forms: hit out at; hits out at; hit out at; hit out at; hitting out at
verb criticize | rebuke
verb criticize | decry
verb criticize | denounce
verb criticize | castigate
verb criticize | assail
verb criticize | chide
verb criticize | berate
verb criticize | scold
verb criticize | reprimand
verb criticize | censure
verb criticize | excoriate
verb criticize | lambast
verb criticize | lambaste
verb criticize | deride
verb criticize | ridicule
verb criticize | mock
verb criticize | pillory
verb criticize | upbraid
verb criticize | chastise
verb criticize | admonish
verb criticize | reproach
verb criticize | rap | forms: rap; raps; rapped; rapped; rapping
verb criticize | vilify
verb criticize | demonize
verb criticize | demonise
verb criticize | disparage
verb criticize | belittle
verb criticize | insult
verb criticize | slander
verb criticize | malign
verb criticize | denigrate
verb criticize | take aim at | forms: take aim at; takes aim at; took aim at; taken aim at; taking aim at
verb criticize | take * to task | forms: take * to task; takes * to task; took * to task; taken * to task; taking * to task
verb criticize | round on | forms: round on; rounds on; rounded on; rounded on; rounding on
verb criticize | lay into | forms: lay into; lays into; laid into; laid into; laying into
verb criticize | tear into | forms: tear into; tears into; tore into; torn into; tearing into
verb criticize | find fault with | forms: find fault with; finds fault with; found fault with; found fault with; finding fault with
noun criticize | criticism | prep: of
noun criticize | rebuke | prep: of; to
noun criticize | broadside | prep: against; at
noun criticize | concern | prep: over; about

# ---- condemn (111) ----
verb condemn | condemn
verb condemn | deplore
verb condemn | issue condemnation of
noun condemn | condemnation | prep: of

# ---- accuse (112) ----
verb accuse | accuse | speech: yes
verb accuse | allege | speech: yes
verb accuse | level accusations against | forms: level accusations against; levels accusations against; leveled accusations against; leveled accusations against; leveling accusations against
verb accuse | level accusations against | forms: level accusations against; levels accusations against; levelled accusations against; levelled accusations against; levelling accusations against
verb accuse | trade accusations with
verb accuse | exchange accusations with
verb accuse | point finger at
verb accuse | brand
noun accuse | accusation | prep: against
noun accuse | allegation | prep: against

# ---- blame (112) ----
verb blame | blame
verb blame | hold * responsible | forms: hold * responsible; holds * responsible; held * responsible; held * responsible; holding * responsible
verb blame | hold * accountable | forms: hold * accountable; holds * accountable; held * accountable; held * accountable; holding * accountable
verb blame | fault
verb blame | implicate
verb blame | pin blame on | forms: pin blame on; pins blame on; pinned blame on; pinned blame on; pinning blame on
verb blame | lay blame on | forms: lay blame on; lays blame on; laid blame on; laid blame on; laying blame on
verb blame | put blame on | forms: put blame on; puts blame on; put blame on; put blame on; putting blame on
verb blame | place blame on
noun blame | blame | prep: on

# ---- accuse_violation (112) ----
verb accuse_violation | accuse * of violating
verb accuse_violation | accuse * of breaching
verb accuse_violation | accuse * of breaking
verb accuse_violation | accuse * of flouting
verb accuse_violation | accuse * of violations

# ---- accuse_crime (1121) ----
verb accuse_crime | accuse * of corruption
verb accuse_crime | accuse * of terrorism
verb accuse_crime | accuse * of supporting terrorism
verb accuse_crime | accuse * of sponsoring terrorism
verb accuse_crime | accuse * of harboring
verb accuse_crime | accuse * of harbouring
verb accuse_crime | accuse * of smuggling
verb accuse_crime | accuse * of fraud

# ---- accuse_abuses (1122) ----
verb accuse_abuses | accuse * of human rights abuses
verb accuse_abuses | accuse * of human rights violations
verb accuse_abuses | accuse * of abuses
verb accuse_abuses | accuse * of torture
verb accuse_abuses | accuse * of repression

# ---- accuse_aggression (1123) ----
verb accuse_aggression | accuse * of aggression
verb accuse_aggression | accuse * of military aggression
verb accuse_aggression | accuse * of provocation
verb accuse_aggression | accuse * of provocations
verb accuse_aggression | accuse * of attacking
verb accuse_aggression | accuse * of invading

# ---- accuse_war_crimes (1124) ----
verb accuse_war_crimes | accuse * of war crimes
verb accuse_war_crimes | accuse * of genocide
verb accuse_war_crimes | accuse * of crimes against humanity
verb accuse_war_crimes | accuse * of ethnic cleansing
verb accuse_war_crimes | accuse * of atrocities

# ---- accuse_espionage (1125) ----
verb accuse_espionage | accuse * of espionage
verb accuse_espionage | accuse * of spying
verb accuse_espionage | accuse * of treason
verb accuse_espionage | accuse * of hacking
verb accuse_espionage | accuse * of cyberattacks

# ---- rally_opposition (113) ----
verb rally_opposition | rally opposition to
verb rally_opposition | rally opposition against
verb rally_opposition | rally * against
verb rally_opposition | campaign against
verb rally_opposition | lobby against
verb rally_opposition | mobilize opposition to
verb rally_opposition | mobilise opposition to
verb rally_opposition | build coalition against | forms: build coalition against; builds coalition against; built coalition against; built coalition against; building coalition against
verb rally_opposition | unite against

# ---- protest (114): official protest ----
# "protest against" (demonstrations) is on purpose under demonstrate.
verb protest | protest | prep: to; with | speech: yes
verb protest | lodge protest with
verb protest | lodge formal protest with
verb protest | lodge strong protest with
verb protest | lodge diplomatic protest with
verb protest | file protest with
verb protest | register protest with
verb protest | issue protest to
verb protest | send protest note to | forms: send protest note to; sends protest note to; sent protest note to; sent protest note to; sending protest note to
verb protest | deliver protest note to
verb protest | hand protest note to
verb protest | make representations to | forms: make representations to; makes representations to; made representations to; made representations to; making representations to
verb protest | lodge representations with
verb protest | lodge solemn representations with
verb protest | lodge stern representations with
noun protest | formal protest | prep: to; with
noun protest | formal protests | prep: to; with
noun protest | diplomatic protest | prep: to; with
noun protest | diplomatic protests | prep: to; with
noun protest | protest note | prep: to
noun protest | protest notes | prep: to
noun protest | note of protest | plural: notes of protest | prep: to
noun protest | representations | prep: to; with

# ---- complain (114) ----
verb complain | complain | prep: to; about | speech: yes
verb complain | lodge complaint with
verb complain | lodge complaint against
verb complain | file complaint with
verb complain | file complaint against
verb complain | submit complaint to | forms: submit complaint to; submits complaint to; submitted complaint to; submitted complaint to; submitting complaint to
noun complain | complaint | prep: to; against; with; about

# ---- summon (114): summoning an envoy ----
verb summon | summon
# On purpose: "call in" (an ambassador) is summon; bare "call" is a phone call.
verb summon | call in
noun summon | summons | prep: of

# ---- sue (115) ----
verb sue | sue
verb sue | file lawsuit against
verb sue | file suit against
verb sue | bring lawsuit against | forms: bring lawsuit against; brings lawsuit against; brought lawsuit against; brought lawsuit against; bringing lawsuit against
verb sue | bring case against | forms: bring case against; brings case against; brought case against; brought case against; bringing case against
verb sue | file case against
verb sue | take * to court | forms: take * to court; takes * to court; took * to court; taken * to court; taking * to court
verb sue | take legal action against | forms: take legal action against; takes legal action against; took legal action against; taken legal action against; taking legal action against
verb sue | launch legal action against
noun sue | lawsuit | prep: against
noun sue | legal action | prep: against
noun sue | legal case | prep: against
noun sue | legal cases | prep: against

# ---- convict (116) ----
verb convict | convict
verb convict | find * guilty | forms: find * guilty; finds * guilty; found * guilty; found * guilty; finding * guilty
verb convict | find * liable | forms: find * liable; finds * liable; found * liable; found * liable; finding * liable
# A sentence follows a conviction; CAMEO's dictionary files it under legal sanctions.
verb convict | sentence
noun convict | conviction | prep: of

# =====================================================================
# 12 REJECT
# =====================================================================

# ---- reject (120) ----
verb reject | reject
verb reject | rebuff
verb reject | spurn
# "dismiss" is also "fire from office"; as a reaction to an actor it is rejection.
verb reject | dismiss
verb reject | repudiate
verb reject | turn down
verb reject | brush aside | forms: brush aside; brushes aside; brushed aside; brushed aside; brushing aside
verb reject | brush off | forms: brush off; brushes off; brushed off; brushed off; brushing off
verb reject | snub | forms: snub; snubs; snubbed; snubbed; snubbing
verb reject | rule out
verb reject | say no to | forms: say no to; says no to; said no to; said no to; saying no to
verb reject | vote against
verb reject | renege on | forms: renege on; reneges on; reneged on; reneged on; reneging on
verb reject | back out of
verb reject | go back on | forms: go back on; goes back on; went back on; gone back on; going back on
# "block" (a resolution, a deal) is rejection; blocking roads or convoys is blockade.
verb reject | block
noun reject | rejection | prep: of

# ---- refuse (120) ----
verb refuse | refuse
# On purpose: "decline to comment" is decline_comment.
verb refuse | decline
noun refuse | refusal | prep: of

# ---- reject_talks (125) ----
verb reject_talks | refuse to negotiate with
verb reject_talks | refuse to talk to
verb reject_talks | refuse to talk with
verb reject_talks | refuse to meet | prep: with
verb reject_talks | refuse to sit down with
verb reject_talks | reject talks with
verb reject_talks | reject negotiations with
verb reject_talks | reject dialogue with
verb reject_talks | rule out talks with
verb reject_talks | rule out negotiations with
verb reject_talks | rule out dialogue with
verb reject_talks | rule out meeting with
verb reject_talks | cancel meeting with | forms: cancel meeting with; cancels meeting with; canceled meeting with; canceled meeting with; canceling meeting with
verb reject_talks | cancel meeting with | forms: cancel meeting with; cancels meeting with; cancelled meeting with; cancelled meeting with; cancelling meeting with
verb reject_talks | cancel his meeting with | forms: cancel his meeting with; cancels his meeting with; canceled his meeting with; canceled his meeting with; canceling his meeting with
verb reject_talks | cancel his meeting with | forms: cancel his meeting with; cancels his meeting with; cancelled his meeting with; cancelled his meeting with; cancelling his meeting with
verb reject_talks | cancel planned meeting with | forms: cancel planned meeting with; cancels planned meeting with; canceled planned meeting with; canceled planned meeting with; canceling planned meeting with
verb reject_talks | cancel planned meeting with | forms: cancel planned meeting with; cancels planned meeting with; cancelled planned meeting with; cancelled planned meeting with; cancelling planned meeting with
verb reject_talks | cancel visit to | forms: cancel visit to; cancels visit to; canceled visit to; canceled visit to; canceling visit to
verb reject_talks | cancel visit to | forms: cancel visit to; cancels visit to; cancelled visit to; cancelled visit to; cancelling visit to
verb reject_talks | cancel his visit to | forms: cancel his visit to; cancels his visit to; canceled his visit to; canceled his visit to; canceling his visit to
verb reject_talks | cancel his visit to | forms: cancel his visit to; cancels his visit to; cancelled his visit to; cancelled his visit to; cancelling his visit to
verb reject_talks | cancel trip to | forms: cancel trip to; cancels trip to; canceled trip to; canceled trip to; canceling trip to
verb reject_talks | cancel trip to | forms: cancel trip to; cancels trip to; cancelled trip to; cancelled trip to; cancelling trip to
verb reject_talks | call off meeting with
verb reject_talks | call off summit with
verb reject_talks | call off visit to
verb reject_talks | call off his visit to

# ---- defy (128) ----
verb defy | defy
verb defy | flout
verb defy | disregard
verb defy | ignore
# Violating airspace, law or a treaty is defiance of norms; a violated ceasefire is violate_ceasefire.
verb defy | violate
verb defy | breach | forms: breach; breaches; breached; breached; breaching
verb defy | thumb its nose at
verb defy | thumb their nose at
noun defy | defiance | prep: of
noun defy | violation | prep: of

# ---- veto (129) ----
verb veto | veto | forms: veto; vetoes; vetoed; vetoed; vetoing
verb veto | cast veto against | forms: cast veto against; casts veto against; cast veto against; cast veto against; casting veto against
verb veto | cast veto on | forms: cast veto on; casts veto on; cast veto on; cast veto on; casting veto on
verb veto | use its veto | prep: against; on
verb veto | wield its veto | prep: against; on
noun veto | veto | plural: vetoes | prep: of; against; on

# =====================================================================
# 13 THREATEN
# =====================================================================

# ---- threaten (130) ----
verb threaten | threaten | prep: with
verb threaten | menace
verb threaten | intimidate
verb threaten | blackmail
verb threaten | issue threats against
verb threaten | issue threats to
verb threaten | issue threat to
verb threaten | make threats against | forms: make threats against; makes threats against; made threats against; made threats against; making threats against
noun threaten | threat | prep: to; against

# ---- warn (130) ----
verb warn | warn | speech: yes
verb warn | caution | speech: yes
verb warn | issue warning to
verb warn | sound warning to
verb warn | put * on notice | forms: put * on notice; puts * on notice; put * on notice; put * on notice; putting * on notice
noun warn | warning | prep: to

# ---- threaten_sanctions (1312) ----
verb threaten_sanctions | threaten * with sanctions
verb threaten_sanctions | threaten * with new sanctions
verb threaten_sanctions | threaten * with further sanctions
verb threaten_sanctions | threaten * with economic sanctions
verb threaten_sanctions | threaten sanctions against
verb threaten_sanctions | threaten sanctions on
verb threaten_sanctions | threaten to impose sanctions on
verb threaten_sanctions | threaten to impose sanctions against
verb threaten_sanctions | threaten to sanction
noun threaten_sanctions | threat of sanctions | plural: threats of sanctions | prep: against; on
noun threaten_sanctions | sanctions threat | prep: against; on
noun threaten_sanctions | sanctions threats | prep: against; on

# ---- threaten_force (138) ----
verb threaten_force | threaten military action against
verb threaten_force | threaten * with military action
verb threaten_force | threaten * with force
verb threaten_force | threaten * with military force
verb threaten_force | threaten * with war
verb threaten_force | threaten war against
verb threaten_force | threaten war with
verb threaten_force | threaten to use force against
verb threaten_force | threaten to attack
verb threaten_force | threaten to strike
verb threaten_force | threaten to invade
verb threaten_force | threaten to bomb
verb threaten_force | threaten to destroy
verb threaten_force | threaten to retaliate against
verb threaten_force | threaten military retaliation against
noun threaten_force | threat of force | plural: threats of force | prep: against
noun threaten_force | threat of military action | plural: threats of military action | prep: against
noun threaten_force | threat of war | plural: threats of war | prep: against; with

# ---- ultimatum (139) ----
verb ultimatum | issue ultimatum to
verb ultimatum | deliver ultimatum to
verb ultimatum | give * ultimatum | forms: give * ultimatum; gives * ultimatum; gave * ultimatum; given * ultimatum; giving * ultimatum
verb ultimatum | present * with ultimatum
noun ultimatum | ultimatum | prep: to

# =====================================================================
# 14 PROTEST (political dissent)
# =====================================================================

# ---- demonstrate (141) ----
verb demonstrate | demonstrate | prep: against; outside
# On purpose: "protest" alone is the official protest (114); "protest against/outside" are demonstrations.
verb demonstrate | protest against | speech: yes
verb demonstrate | protest outside
verb demonstrate | rally against
verb demonstrate | rally outside
verb demonstrate | march against
verb demonstrate | march on
verb demonstrate | picket
verb demonstrate | take to streets against | forms: take to streets against; takes to streets against; took to streets against; taken to streets against; taking to streets against
verb demonstrate | stage protest against
verb demonstrate | stage protests against
verb demonstrate | stage demonstration against
verb demonstrate | stage demonstration outside
verb demonstrate | hold rally against | forms: hold rally against; holds rally against; held rally against; held rally against; holding rally against
verb demonstrate | hold protests against | forms: hold protests against; holds protests against; held protests against; held protests against; holding protests against
verb demonstrate | hold demonstrations against | forms: hold demonstrations against; holds demonstrations against; held demonstrations against; held demonstrations against; holding demonstrations against
verb demonstrate | chant slogans against
noun demonstrate | protest | prep: against; outside
noun demonstrate | demonstration | prep: against; outside
noun demonstrate | rally | prep: against; outside
noun demonstrate | march | prep: against; on
noun demonstrate | sit-in | prep: against; outside

# ---- labor_strike (143): strikes and boycotts by workers and parties ----
verb labor_strike | go on strike | forms: go on strike; goes on strike; went on strike; gone on strike; going on strike | prep: against
verb labor_strike | stage strike | prep: against
verb labor_strike | stage general strike | prep: against
verb labor_strike | call general strike | prep: against
verb labor_strike | stop work | forms: stop work; stops work; stopped work; stopped work; stopping work
verb labor_strike | walk off job
verb labor_strike | go on hunger strike | forms: go on hunger strike; goes on hunger strike; went on hunger strike; gone on hunger strike; going on hunger strike
noun labor_strike | general strike | prep: against
noun labor_strike | general strikes | prep: against
noun labor_strike | hunger strike | prep: against
noun labor_strike | hunger strikes | prep: against
noun labor_strike | walkout | prep: against

# ---- obstruct (144): blocking passage in protest ----
verb obstruct | block roads
verb obstruct | block road
verb obstruct | block highway
verb obstruct | block bridge
verb obstruct | block main roads
verb obstruct | blockade roads
verb obstruct | obstruct
verb obstruct | barricade
# "blocked the Europe Bridge from France to Germany", "blocked transport into Abidjan":
# whoever the protest is aimed at follows the way blocked, or its purpose.
verb obstruct | block ~ roads | prep: into; to; from
verb obstruct | block ~ road | prep: into; to; from
verb obstruct | block ~ roadway | prep: into; to; from
verb obstruct | block ~ highway | prep: into; to; from
verb obstruct | block ~ bridge | prep: into; to; from
verb obstruct | block ~ transport | prep: into; to; from
verb obstruct | block ~ traffic | prep: into; to; from
verb obstruct | block ~ railway | prep: into; to; from
verb obstruct | block ~ border crossing | prep: into; to; from
verb obstruct | block ~ entrance | prep: into; to; from
verb obstruct | set up roadblocks | forms: set up roadblocks; sets up roadblocks; set up roadblocks; set up roadblocks; setting up roadblocks
noun obstruct | roadblock | prep: on; against

# ---- riot (145) ----
verb riot | riot | prep: against
verb riot | ransack
verb riot | go on rampage | forms: go on rampage; goes on rampage; went on rampage; gone on rampage; going on rampage | prep: against; in
noun riot | riot | prep: against

# =====================================================================
# 15 EXHIBIT FORCE POSTURE
# =====================================================================

# ---- show_force (150) ----
verb show_force | hold military exercises near | forms: hold military exercises near; holds military exercises near; held military exercises near; held military exercises near; holding military exercises near
verb show_force | hold military drills near | forms: hold military drills near; holds military drills near; held military drills near; held military drills near; holding military drills near
verb show_force | hold naval exercises near | forms: hold naval exercises near; holds naval exercises near; held naval exercises near; held naval exercises near; holding naval exercises near
verb show_force | hold war games near | forms: hold war games near; holds war games near; held war games near; held war games near; holding war games near
verb show_force | conduct military exercises near
verb show_force | conduct drills near
verb show_force | conduct naval drills near
verb show_force | stage military exercises near
verb show_force | stage drills near
verb show_force | fly bombers near | forms: fly bombers near; flies bombers near; flew bombers near; flown bombers near; flying bombers near
verb show_force | fly bombers over | forms: fly bombers over; flies bombers over; flew bombers over; flown bombers over; flying bombers over
verb show_force | fire warning shots at
verb show_force | lock radar on
verb show_force | lock fire-control radar on
verb show_force | patrol | forms: patrol; patrols; patrolled; patrolled; patrolling
verb show_force | overfly | forms: overfly; overflies; overflew; overflown; overflying
verb show_force | stage show of force | prep: against; near
noun show_force | show of force | plural: shows of force | prep: against; near; toward; towards
noun show_force | military drills | prep: near; off; around
noun show_force | war games | prep: near; off; around
noun show_force | warning shots | prep: at

# ---- intercept (150) ----
verb intercept | intercept
noun intercept | interception | prep: of
noun intercept | intercept | prep: of

# ---- mobilize (154) ----
verb mobilize | mobilize | prep: against
verb mobilize | mobilise | prep: against
verb mobilize | deploy troops to
verb mobilize | deploy troops near
verb mobilize | deploy forces to
verb mobilize | strengthen its forces in
verb mobilize | bolster its forces in
verb mobilize | beef up its forces in
verb mobilize | send more troops to | forms: send more troops to; sends more troops to; sent more troops to; sent more troops to; sending more troops to
verb mobilize | send additional troops to | forms: send additional troops to; sends additional troops to; sent additional troops to; sent additional troops to; sending additional troops to
verb mobilize | send its troops to | forms: send its troops to; sends its troops to; sent its troops to; sent its troops to; sending its troops to
verb mobilize | deploy more troops to
verb mobilize | deploy its troops to
verb mobilize | send troops to | forms: send troops to; sends troops to; sent troops to; sent troops to; sending troops to
verb mobilize | send warships to | forms: send warships to; sends warships to; sent warships to; sent warships to; sending warships to
verb mobilize | dispatch troops to
verb mobilize | dispatch warships to
verb mobilize | mass troops near
verb mobilize | mass troops on
verb mobilize | mass troops along
verb mobilize | amass troops near
verb mobilize | amass troops on
verb mobilize | build up forces near | forms: build up forces near; builds up forces near; built up forces near; built up forces near; building up forces near
verb mobilize | move troops to
verb mobilize | move troops toward
verb mobilize | reinforce
noun mobilize | mobilization | prep: against
noun mobilize | military buildup | prep: near; along; on
noun mobilize | military buildups | prep: near; along; on
noun mobilize | troop buildup | prep: near; along; on
noun mobilize | troop buildups | prep: near; along; on
noun mobilize | deployment | prep: to; near

# =====================================================================
# 16 REDUCE RELATIONS
# =====================================================================

# ---- reduce_relations (160) ----
verb reduce_relations | reduce relations with
verb reduce_relations | downgrade relations with
verb reduce_relations | downgrade ties with
verb reduce_relations | downgrade diplomatic relations with
verb reduce_relations | downgrade diplomatic ties with
verb reduce_relations | end cooperation with
verb reduce_relations | suspend cooperation with
verb reduce_relations | halt cooperation with
verb reduce_relations | freeze cooperation with | forms: freeze cooperation with; freezes cooperation with; froze cooperation with; frozen cooperation with; freezing cooperation with
verb reduce_relations | suspend engagement with
verb reduce_relations | freeze relations with | forms: freeze relations with; freezes relations with; froze relations with; frozen relations with; freezing relations with
verb reduce_relations | freeze ties with | forms: freeze ties with; freezes ties with; froze ties with; frozen ties with; freezing ties with
verb reduce_relations | scale back ties with
verb reduce_relations | scale back relations with
verb reduce_relations | curtail ties with
verb reduce_relations | suspend air links with
verb reduce_relations | cut air links with | forms: cut air links with; cuts air links with; cut air links with; cut air links with; cutting air links with
verb reduce_relations | sever air links with
verb reduce_relations | suspend flights to
verb reduce_relations | suspend trade links with
verb reduce_relations | distance itself from
verb reduce_relations | distance themselves from
verb reduce_relations | suspend * membership
noun reduce_relations | downgrade in relations | prep: with
noun reduce_relations | suspension of cooperation | prep: with
noun reduce_relations | suspension of links | prep: with
noun reduce_relations | suspension of air links | prep: with
noun reduce_relations | suspension of ties | prep: with
noun reduce_relations | suspension of relations | prep: with

# ---- cut_ties (161) ----
verb cut_ties | cut ties with | forms: cut ties with; cuts ties with; cut ties with; cut ties with; cutting ties with
verb cut_ties | cut diplomatic ties with | forms: cut diplomatic ties with; cuts diplomatic ties with; cut diplomatic ties with; cut diplomatic ties with; cutting diplomatic ties with
verb cut_ties | cut off relations with | forms: cut off relations with; cuts off relations with; cut off relations with; cut off relations with; cutting off relations with
verb cut_ties | cut off ties with | forms: cut off ties with; cuts off ties with; cut off ties with; cut off ties with; cutting off ties with
verb cut_ties | sever ties with
verb cut_ties | sever relations with
verb cut_ties | sever diplomatic ties with
verb cut_ties | sever diplomatic relations with
verb cut_ties | break off relations with | forms: break off relations with; breaks off relations with; broke off relations with; broken off relations with; breaking off relations with
verb cut_ties | break off diplomatic relations with | forms: break off diplomatic relations with; breaks off diplomatic relations with; broke off diplomatic relations with; broken off diplomatic relations with; breaking off diplomatic relations with
verb cut_ties | break off ties with | forms: break off ties with; breaks off ties with; broke off ties with; broken off ties with; breaking off ties with
verb cut_ties | break ties with | forms: break ties with; breaks ties with; broke ties with; broken ties with; breaking ties with
verb cut_ties | break relations with | forms: break relations with; breaks relations with; broke relations with; broken relations with; breaking relations with
noun cut_ties | break in relations | prep: with
noun cut_ties | severance of ties | prep: with
noun cut_ties | rupture | prep: with

# ---- recall_ambassador (161) ----
verb recall_ambassador | recall ambassador | prep: from; to
verb recall_ambassador | recall its ambassador | prep: from; to
verb recall_ambassador | recall their ambassador | prep: from; to
verb recall_ambassador | recall envoy | prep: from; to
verb recall_ambassador | recall its envoy | prep: from; to
verb recall_ambassador | recall diplomats | prep: from
verb recall_ambassador | recall its diplomats | prep: from
verb recall_ambassador | withdraw ambassador | forms: withdraw ambassador; withdraws ambassador; withdrew ambassador; withdrawn ambassador; withdrawing ambassador | prep: from; to
verb recall_ambassador | withdraw its ambassador | forms: withdraw its ambassador; withdraws its ambassador; withdrew its ambassador; withdrawn its ambassador; withdrawing its ambassador | prep: from; to
verb recall_ambassador | withdraw their ambassador | forms: withdraw their ambassador; withdraws their ambassador; withdrew their ambassador; withdrawn their ambassador; withdrawing their ambassador | prep: from; to
verb recall_ambassador | close embassy | prep: in
verb recall_ambassador | close its embassy | prep: in
verb recall_ambassador | close their embassy | prep: in
verb recall_ambassador | shut embassy | forms: shut embassy; shuts embassy; shut embassy; shut embassy; shutting embassy | prep: in
verb recall_ambassador | shut its embassy | forms: shut its embassy; shuts its embassy; shut its embassy; shut its embassy; shutting its embassy | prep: in

# ---- expel_diplomats (161) ----
# On purpose: expelling diplomats is a cut in diplomatic relations (the CAMEO verb dictionary's pattern for EXPEL + DIPLOMAT); "expel" alone is deportation (174).
verb expel_diplomats | expel * diplomats | forms: expel * diplomats; expels * diplomats; expelled * diplomats; expelled * diplomats; expelling * diplomats
verb expel_diplomats | expel * diplomat | forms: expel * diplomat; expels * diplomat; expelled * diplomat; expelled * diplomat; expelling * diplomat
verb expel_diplomats | expel * ambassador | forms: expel * ambassador; expels * ambassador; expelled * ambassador; expelled * ambassador; expelling * ambassador
verb expel_diplomats | expel * envoy | forms: expel * envoy; expels * envoy; expelled * envoy; expelled * envoy; expelling * envoy
verb expel_diplomats | declare * persona non grata
noun expel_diplomats | expulsion of diplomats | prep: from

# ---- cut_aid (162) ----
verb cut_aid | cut aid to | forms: cut aid to; cuts aid to; cut aid to; cut aid to; cutting aid to
verb cut_aid | cut military aid to | forms: cut military aid to; cuts military aid to; cut military aid to; cut military aid to; cutting military aid to
verb cut_aid | cut economic aid to | forms: cut economic aid to; cuts economic aid to; cut economic aid to; cut economic aid to; cutting economic aid to
verb cut_aid | cut its aid to | forms: cut its aid to; cuts its aid to; cut its aid to; cut its aid to; cutting its aid to
verb cut_aid | suspend military aid to
verb cut_aid | suspend economic aid to
verb cut_aid | halt military aid to
verb cut_aid | freeze military aid to | forms: freeze military aid to; freezes military aid to; froze military aid to; frozen military aid to; freezing military aid to
verb cut_aid | withhold military aid from | forms: withhold military aid from; withholds military aid from; withheld military aid from; withheld military aid from; withholding military aid from
verb cut_aid | cut off aid to | forms: cut off aid to; cuts off aid to; cut off aid to; cut off aid to; cutting off aid to
verb cut_aid | cut funding to | forms: cut funding to; cuts funding to; cut funding to; cut funding to; cutting funding to
verb cut_aid | cut off funding to | forms: cut off funding to; cuts off funding to; cut off funding to; cut off funding to; cutting off funding to
verb cut_aid | suspend aid to
verb cut_aid | suspend assistance to
verb cut_aid | suspend aid deliveries to
verb cut_aid | halt aid deliveries to
verb cut_aid | halt aid to
verb cut_aid | freeze aid to | forms: freeze aid to; freezes aid to; froze aid to; frozen aid to; freezing aid to
verb cut_aid | withhold aid from | forms: withhold aid from; withholds aid from; withheld aid from; withheld aid from; withholding aid from
verb cut_aid | stop aid to | forms: stop aid to; stops aid to; stopped aid to; stopped aid to; stopping aid to
verb cut_aid | reduce aid to
verb cut_aid | slash aid to | forms: slash aid to; slashes aid to; slashed aid to; slashed aid to; slashing aid to
# "suspended part of a military aid program for Bosnia": `~` stands for up to
# four words of the object's own (never an actor or a clause boundary).
verb cut_aid | suspend ~ aid | prep: to; for; from
verb cut_aid | halt ~ aid | prep: to; for; from
verb cut_aid | freeze ~ aid | forms: freeze ~ aid; freezes ~ aid; froze ~ aid; frozen ~ aid; freezing ~ aid | prep: to; for; from
verb cut_aid | cut ~ aid | forms: cut ~ aid; cuts ~ aid; cut ~ aid; cut ~ aid; cutting ~ aid | prep: to; for; from
verb cut_aid | stop ~ aid | forms: stop ~ aid; stops ~ aid; stopped ~ aid; stopped ~ aid; stopping ~ aid | prep: to; for; from
verb cut_aid | withhold ~ aid | forms: withhold ~ aid; withholds ~ aid; withheld ~ aid; withheld ~ aid; withholding ~ aid | prep: to; for; from
verb cut_aid | suspend ~ assistance | prep: to; for; from
verb cut_aid | cut ~ assistance | forms: cut ~ assistance; cuts ~ assistance; cut ~ assistance; cut ~ assistance; cutting ~ assistance | prep: to; for; from
verb cut_aid | freeze ~ assistance | forms: freeze ~ assistance; freezes ~ assistance; froze ~ assistance; frozen ~ assistance; freezing ~ assistance | prep: to; for; from
noun cut_aid | aid cuts | prep: to; for
noun cut_aid | aid freeze | prep: to; for
noun cut_aid | suspension of aid | prep: to; for

# ---- sanction (163) ----
verb sanction | sanction
verb sanction | embargo | forms: embargo; embargoes; embargoed; embargoed; embargoing
verb sanction | blacklist
verb sanction | impose sanctions on
verb sanction | impose sanctions against
verb sanction | impose new sanctions on
verb sanction | impose new sanctions against
verb sanction | impose fresh sanctions on
verb sanction | impose further sanctions on
verb sanction | impose economic sanctions on
verb sanction | impose economic sanctions against
verb sanction | impose tougher sanctions on
# "imposed sweeping financial sanctions on": `~` is the kind and extent.
verb sanction | impose ~ sanctions on
verb sanction | impose ~ sanctions against
verb sanction | slap new sanctions on | forms: slap new sanctions on; slaps new sanctions on; slapped new sanctions on; slapped new sanctions on; slapping new sanctions on
verb sanction | slap sanctions on | forms: slap sanctions on; slaps sanctions on; slapped sanctions on; slapped sanctions on; slapping sanctions on
verb sanction | levy sanctions on
verb sanction | place sanctions on
verb sanction | tighten sanctions on
verb sanction | tighten sanctions against
verb sanction | extend sanctions on
verb sanction | extend sanctions against
verb sanction | impose embargo on
verb sanction | impose arms embargo on
verb sanction | freeze assets of | forms: freeze assets of; freezes assets of; froze assets of; frozen assets of; freezing assets of
verb sanction | freeze * assets | forms: freeze * assets; freezes * assets; froze * assets; frozen * assets; freezing * assets
verb sanction | impose tariffs on
verb sanction | slap tariffs on | forms: slap tariffs on; slaps tariffs on; slapped tariffs on; slapped tariffs on; slapping tariffs on
noun sanction | sanction | prep: on; against
noun sanction | embargo | plural: embargoes | prep: on; against
noun sanction | arms embargo | prep: on; against
noun sanction | arms embargoes | prep: on; against
noun sanction | asset freeze | prep: on; against
noun sanction | asset freezes | prep: on; against
noun sanction | tariffs | prep: on; against

# ---- boycott (163) ----
# "boycott all official contact with the United States", "boycott talks with X".
verb boycott | boycott | prep: with
verb boycott | shun | forms: shun; shuns; shunned; shunned; shunning
noun boycott | boycott | prep: of; against

# ---- suspend_talks (164) ----
verb suspend_talks | suspend talks with
verb suspend_talks | suspend negotiations with
verb suspend_talks | break off talks with | forms: break off talks with; breaks off talks with; broke off talks with; broken off talks with; breaking off talks with
verb suspend_talks | break off negotiations with | forms: break off negotiations with; breaks off negotiations with; broke off negotiations with; broken off negotiations with; breaking off negotiations with
verb suspend_talks | halt talks with
verb suspend_talks | halt negotiations with
verb suspend_talks | freeze talks with | forms: freeze talks with; freezes talks with; froze talks with; frozen talks with; freezing talks with
verb suspend_talks | call off talks with
verb suspend_talks | cancel talks with | forms: cancel talks with; cancels talks with; canceled talks with; canceled talks with; canceling talks with
verb suspend_talks | cancel talks with | forms: cancel talks with; cancels talks with; cancelled talks with; cancelled talks with; cancelling talks with
verb suspend_talks | walk out of talks with
verb suspend_talks | walk away from talks with
verb suspend_talks | pull out of talks with
verb suspend_talks | withdraw from talks with | forms: withdraw from talks with; withdraws from talks with; withdrew from talks with; withdrawn from talks with; withdrawing from talks with
verb suspend_talks | abandon talks with
verb suspend_talks | end talks with

# ---- halt_mediation (165) ----
verb halt_mediation | end mediation efforts between
verb halt_mediation | end mediation between
verb halt_mediation | end its mediation between
verb halt_mediation | suspend mediation between
verb halt_mediation | halt mediation between
verb halt_mediation | abandon mediation between
verb halt_mediation | withdraw from mediation between | forms: withdraw from mediation between; withdraws from mediation between; withdrew from mediation between; withdrawn from mediation between; withdrawing from mediation between

# ---- expel_observers (166): expelling or withdrawing peacekeepers, inspectors, monitors, aid agencies ----
verb expel_observers | expel * inspectors | forms: expel * inspectors; expels * inspectors; expelled * inspectors; expelled * inspectors; expelling * inspectors
verb expel_observers | expel * observers | forms: expel * observers; expels * observers; expelled * observers; expelled * observers; expelling * observers
verb expel_observers | expel * monitors | forms: expel * monitors; expels * monitors; expelled * monitors; expelled * monitors; expelling * monitors
verb expel_observers | expel * peacekeepers | forms: expel * peacekeepers; expels * peacekeepers; expelled * peacekeepers; expelled * peacekeepers; expelling * peacekeepers
verb expel_observers | expel * aid workers | forms: expel * aid workers; expels * aid workers; expelled * aid workers; expelled * aid workers; expelling * aid workers
verb expel_observers | expel * aid agencies | forms: expel * aid agencies; expels * aid agencies; expelled * aid agencies; expelled * aid agencies; expelling * aid agencies
verb expel_observers | withdraw inspectors from | forms: withdraw inspectors from; withdraws inspectors from; withdrew inspectors from; withdrawn inspectors from; withdrawing inspectors from
verb expel_observers | withdraw weapons inspectors from | forms: withdraw weapons inspectors from; withdraws weapons inspectors from; withdrew weapons inspectors from; withdrawn weapons inspectors from; withdrawing weapons inspectors from
verb expel_observers | withdraw peacekeepers from | forms: withdraw peacekeepers from; withdraws peacekeepers from; withdrew peacekeepers from; withdrawn peacekeepers from; withdrawing peacekeepers from
verb expel_observers | withdraw its peacekeepers from | forms: withdraw its peacekeepers from; withdraws its peacekeepers from; withdrew its peacekeepers from; withdrawn its peacekeepers from; withdrawing its peacekeepers from
verb expel_observers | withdraw monitors from | forms: withdraw monitors from; withdraws monitors from; withdrew monitors from; withdrawn monitors from; withdrawing monitors from
verb expel_observers | withdraw observers from | forms: withdraw observers from; withdraws observers from; withdrew observers from; withdrawn observers from; withdrawing observers from
verb expel_observers | withdraw its peacekeeping force from | forms: withdraw its peacekeeping force from; withdraws its peacekeeping force from; withdrew its peacekeeping force from; withdrawn its peacekeeping force from; withdrawing its peacekeeping force from
verb expel_observers | withdraw peacekeeping force from | forms: withdraw peacekeeping force from; withdraws peacekeeping force from; withdrew peacekeeping force from; withdrawn peacekeeping force from; withdrawing peacekeeping force from
verb expel_observers | pull peacekeepers out of
verb expel_observers | withdraw ~ inspectors | forms: withdraw ~ inspectors; withdraws ~ inspectors; withdrew ~ inspectors; withdrawn ~ inspectors; withdrawing ~ inspectors | prep: from
verb expel_observers | withdraw ~ observers | forms: withdraw ~ observers; withdraws ~ observers; withdrew ~ observers; withdrawn ~ observers; withdrawing ~ observers | prep: from
verb expel_observers | withdraw ~ monitors | forms: withdraw ~ monitors; withdraws ~ monitors; withdrew ~ monitors; withdrawn ~ monitors; withdrawing ~ monitors | prep: from
verb expel_observers | withdraw ~ peacekeepers | forms: withdraw ~ peacekeepers; withdraws ~ peacekeepers; withdrew ~ peacekeepers; withdrawn ~ peacekeepers; withdrawing ~ peacekeepers | prep: from
verb expel_observers | withdraw ~ peacekeeping force | forms: withdraw ~ peacekeeping force; withdraws ~ peacekeeping force; withdrew ~ peacekeeping force; withdrawn ~ peacekeeping force; withdrawing ~ peacekeeping force | prep: from
verb expel_observers | expel ~ inspectors | forms: expel ~ inspectors; expels ~ inspectors; expelled ~ inspectors; expelled ~ inspectors; expelling ~ inspectors | prep: of; from
verb expel_observers | expel ~ observers | forms: expel ~ observers; expels ~ observers; expelled ~ observers; expelled ~ observers; expelling ~ observers | prep: of; from
verb expel_observers | expel ~ monitors | forms: expel ~ monitors; expels ~ monitors; expelled ~ monitors; expelled ~ monitors; expelling ~ monitors | prep: of; from
noun expel_observers | expulsion of inspectors | prep: from
noun expel_observers | expulsion of observers | prep: from
noun suspend_talks | suspension of talks | prep: with
noun suspend_talks | breakdown of talks | prep: with

# =====================================================================
# 17 COERCE
# =====================================================================

# ---- harass (170) ----
verb harass | harass | forms: harass; harasses; harassed; harassed; harassing
verb harass | buzz | forms: buzz; buzzes; buzzed; buzzed; buzzing
# Water cannon against vessels is coercion; against crowds it is repression, which the grammar cannot tell apart from the phrase.
verb harass | fire water cannon at
verb harass | fire water cannons at
verb harass | use water cannon against
verb harass | use water cannon on
verb harass | spray water cannon at
verb harass | shine laser at | forms: shine laser at; shines laser at; shone laser at; shone laser at; shining laser at
verb harass | point laser at
verb harass | aim laser at
verb harass | chase away | forms: chase away; chases away; chased away; chased away; chasing away
verb harass | drive away | forms: drive away; drives away; drove away; driven away; driving away
verb harass | bully
verb harass | hound
noun harass | harassment | prep: of
noun harass | water cannon | prep: against; at; on

# ---- seize (171) ----
verb seize | seize | prep: from
verb seize | confiscate | prep: from
verb seize | impound
verb seize | commandeer
verb seize | expropriate
verb seize | nationalize
verb seize | nationalise
noun seize | seizure | prep: of
noun seize | confiscation | prep: of

# ---- ram (171) ----
verb ram | ram | forms: ram; rams; rammed; rammed; ramming
verb ram | collide with | forms: collide with; collides with; collided with; collided with; colliding with
verb ram | sideswipe
verb ram | slam into | forms: slam into; slams into; slammed into; slammed into; slamming into
noun ram | collision | prep: with
noun ram | ramming | prep: of

# ---- demolish (1712) ----
verb demolish | demolish | forms: demolish; demolishes; demolished; demolished; demolishing
verb demolish | bulldoze
verb demolish | raze
verb demolish | tear down | forms: tear down; tears down; tore down; torn down; tearing down
noun demolish | demolition | prep: of

# ---- ban (172) ----
verb ban | ban | forms: ban; bans; banned; banned; banning
verb ban | bar | forms: bar; bars; barred; barred; barring
verb ban | outlaw
verb ban | prohibit
verb ban | forbid | forms: forbid; forbids; forbade; forbidden; forbidding
verb ban | restrict
verb ban | curb
verb ban | censor
verb ban | impose restrictions on
verb ban | impose curbs on
verb ban | impose curfew on
verb ban | impose travel ban on
verb ban | deny entry to
verb ban | deny * entry
verb ban | bar * from entering | forms: bar * from entering; bars * from entering; barred * from entering; barred * from entering; barring * from entering
verb ban | shut down | forms: shut down; shuts down; shut down; shut down; shutting down
noun ban | ban | prep: on
noun ban | travel ban | prep: on
noun ban | travel bans | prep: on
noun ban | restrictions | prep: on
noun ban | curbs | prep: on
noun ban | entry ban | prep: on
noun ban | entry bans | prep: on

# ---- arrest (173) ----
verb arrest | arrest
verb arrest | detain
verb arrest | jail
verb arrest | imprison
verb arrest | incarcerate
verb arrest | apprehend
verb arrest | nab | forms: nab; nabs; nabbed; nabbed; nabbing
verb arrest | round up
verb arrest | lock up
verb arrest | take * into custody | forms: take * into custody; takes * into custody; took * into custody; taken * into custody; taking * into custody
# "charge" is the legal charge; "charged that" in the speech sense is rare in wire copy.
verb arrest | charge
verb arrest | indict
verb arrest | prosecute
verb arrest | put * on trial | forms: put * on trial; puts * on trial; put * on trial; put * on trial; putting * on trial
verb arrest | bring charges against | forms: bring charges against; brings charges against; brought charges against; brought charges against; bringing charges against
verb arrest | file charges against
verb arrest | press charges against
noun arrest | arrest | prep: of
noun arrest | detention | prep: of
noun arrest | imprisonment | prep: of
noun arrest | indictment | prep: of; against
noun arrest | prosecution | prep: of
noun arrest | charges | prep: against

# ---- expel (174) ----
verb expel | expel | forms: expel; expels; expelled; expelled; expelling | prep: from
verb expel | deport
verb expel | banish
verb expel | evict
verb expel | exile
verb expel | kick out
verb expel | order * to leave
verb expel | order * out
noun expel | expulsion | prep: of
noun expel | deportation | prep: of

# ---- repress (175) ----
verb repress | crack down on
verb repress | clamp down on
verb repress | repress
verb repress | suppress
verb repress | quell
verb repress | put down | forms: put down; puts down; put down; put down; putting down
verb repress | disperse
verb repress | fire tear gas at
verb repress | fire tear gas on
verb repress | use tear gas against
verb repress | use tear gas on
verb repress | tear-gas | forms: tear-gas; tear-gases; tear-gassed; tear-gassed; tear-gassing
verb repress | fire rubber bullets at
noun repress | crackdown | prep: on; against
noun repress | repression | prep: of; against
noun repress | suppression | prep: of

# =====================================================================
# 18 ASSAULT
# =====================================================================

# ---- abduct (181) ----
verb abduct | abduct
verb abduct | kidnap | forms: kidnap; kidnaps; kidnapped; kidnapped; kidnapping
verb abduct | hijack
verb abduct | take * hostage | forms: take * hostage; takes * hostage; took * hostage; taken * hostage; taking * hostage
verb abduct | hold * hostage | forms: hold * hostage; holds * hostage; held * hostage; held * hostage; holding * hostage
verb abduct | take * captive | forms: take * captive; takes * captive; took * captive; taken * captive; taking * captive
verb abduct | take * prisoner | forms: take * prisoner; takes * prisoner; took * prisoner; taken * prisoner; taking * prisoner
noun abduct | abduction | prep: of
noun abduct | kidnapping | prep: of
noun abduct | hijacking | prep: of
noun abduct | hostage-taking | prep: of

# ---- beat (182) ----
verb beat | beat up | forms: beat up; beats up; beat up; beaten up; beating up
verb beat | rough up
verb beat | manhandle
verb beat | punch | forms: punch; punches; punched; punched; punching
noun beat | beating | prep: of

# ---- rape (1821) ----
verb rape | rape
noun rape | rape | prep: of
noun rape | sexual violence | prep: against

# ---- torture (1822) ----
verb torture | torture
verb torture | mistreat
verb torture | ill-treat
noun torture | torture | prep: of
noun torture | mistreatment | prep: of

# ---- bomb_attack (183): suicide, car and roadside bombs ----
verb bomb_attack | blow up | forms: blow up; blows up; blew up; blown up; blowing up
verb bomb_attack | car-bomb | forms: car-bomb; car-bombs; car-bombed; car-bombed; car-bombing
verb bomb_attack | firebomb
verb bomb_attack | carry out suicide bombing against
verb bomb_attack | carry out suicide bombing on
verb bomb_attack | carry out suicide attack on
verb bomb_attack | carry out suicide attack against
noun bomb_attack | suicide bombing | prep: on; against
noun bomb_attack | suicide bombings | prep: on; against
noun bomb_attack | suicide attack | prep: on; against
noun bomb_attack | suicide attacks | prep: on; against
noun bomb_attack | car bombing | prep: on; against
noun bomb_attack | car bombings | prep: on; against
noun bomb_attack | car bomb attack | prep: on; against
noun bomb_attack | car bomb attacks | prep: on; against
noun bomb_attack | roadside bombing | prep: on; against
noun bomb_attack | roadside bombings | prep: on; against
noun bomb_attack | bomb attack | prep: on; against
noun bomb_attack | bomb attacks | prep: on; against

# ---- human_shield (184) ----
verb human_shield | use * as human shields
verb human_shield | use * as human shield
verb human_shield | hold * as human shields | forms: hold * as human shields; holds * as human shields; held * as human shields; held * as human shields; holding * as human shields
verb human_shield | keep * as human shields | forms: keep * as human shields; keeps * as human shields; kept * as human shields; kept * as human shields; keeping * as human shields

# ---- attempt_assassination (185) ----
verb attempt_assassination | attempt to assassinate
verb attempt_assassination | try to assassinate
verb attempt_assassination | attempt to kill
verb attempt_assassination | try to kill
verb attempt_assassination | plot to kill | forms: plot to kill; plots to kill; plotted to kill; plotted to kill; plotting to kill
verb attempt_assassination | plot to assassinate | forms: plot to assassinate; plots to assassinate; plotted to assassinate; plotted to assassinate; plotting to assassinate
noun attempt_assassination | assassination attempt | prep: on; against
noun attempt_assassination | assassination attempts | prep: on; against
noun attempt_assassination | assassination plot | prep: against
noun attempt_assassination | assassination plots | prep: against
noun attempt_assassination | attempt on life of | plural: attempts on life of

# ---- assassinate (186) ----
verb assassinate | assassinate
noun assassinate | assassination | prep: of
noun assassinate | targeted killing | prep: of
noun assassinate | targeted killings | prep: of

# =====================================================================
# 19 FIGHT
# =====================================================================

# ---- attack (190) ----
# "attack" is also used of words; "verbally attack" is criticize.
verb attack | attack
verb attack | assault
verb attack | raid
verb attack | hit | forms: hit; hits; hit; hit; hitting
verb attack | target
# "pound" is also the currency; as a verb it is wire copy for heavy attacks.
verb attack | pound
verb attack | pummel | forms: pummel; pummels; pummeled; pummeled; pummeling
verb attack | pummel | forms: pummel; pummels; pummelled; pummelled; pummelling
verb attack | hammer
verb attack | batter
verb attack | storm
verb attack | ambush | forms: ambush; ambushes; ambushed; ambushed; ambushing
verb attack | destroy
verb attack | wound
verb attack | injure
verb attack | torch | forms: torch; torches; torched; torched; torching
verb attack | set fire to | forms: set fire to; sets fire to; set fire to; set fire to; setting fire to
verb attack | counterattack
verb attack | launch attack on | forms: launch attack on; launches attack on; launched attack on; launched attack on; launching attack on
verb attack | launch attack against | forms: launch attack against; launches attack against; launched attack against; launched attack against; launching attack against
verb attack | launch attacks on | forms: launch attacks on; launches attacks on; launched attacks on; launched attacks on; launching attacks on
verb attack | launch attacks against | forms: launch attacks against; launches attacks against; launched attacks against; launched attacks against; launching attacks against
verb attack | launch offensive against | forms: launch offensive against; launches offensive against; launched offensive against; launched offensive against; launching offensive against
verb attack | launch offensive on | forms: launch offensive on; launches offensive on; launched offensive on; launched offensive on; launching offensive on
verb attack | launch assault on | forms: launch assault on; launches assault on; launched assault on; launched assault on; launching assault on
verb attack | carry out attack on
verb attack | carry out attack against
verb attack | carry out attacks on
verb attack | carry out attacks against
verb attack | mount attack on
verb attack | mount attack against
verb attack | take military action against | forms: take military action against; takes military action against; took military action against; taken military action against; taking military action against
noun attack | attack | prep: on; against
noun attack | assault | prep: on; against
noun attack | raid | prep: on; against
noun attack | offensive | prep: against; on
noun attack | ambush | prep: on; against
noun attack | military action | prep: against
noun attack | military operation | prep: against
noun attack | military operations | prep: against
noun attack | counteroffensive | prep: against

# ---- fight (190) ----
verb fight | fight | forms: fight; fights; fought; fought; fighting | prep: against; with
verb fight | clash with | forms: clash with; clashes with; clashed with; clashed with; clashing with
verb fight | battle | prep: against; with
verb fight | combat
verb fight | skirmish | forms: skirmish; skirmishes; skirmished; skirmished; skirmishing | prep: with
verb fight | wage war on
verb fight | wage war against
verb fight | go to war with | forms: go to war with; goes to war with; went to war with; gone to war with; going to war with
verb fight | go to war against | forms: go to war against; goes to war against; went to war against; gone to war against; going to war against
verb fight | declare war on
verb fight | exchange fire with
verb fight | trade fire with
verb fight | exchange gunfire with
verb fight | repel | forms: repel; repels; repelled; repelled; repelling
verb fight | repulse
verb fight | fight back against | forms: fight back against; fights back against; fought back against; fought back against; fighting back against
noun fight | fighting | prep: with; between; against
noun fight | clash | prep: with; between
noun fight | battle | prep: with; against; between
noun fight | war | prep: with; against; on; between
noun fight | hostilities | prep: with; between
noun fight | firefight | prep: with
noun fight | skirmish | prep: with; between
noun fight | gunbattle | prep: with; between
noun fight | gun battle | prep: with; between
noun fight | gun battles | prep: with; between

# ---- kill (190) ----
verb kill | kill
verb kill | murder
verb kill | slay | forms: slay; slays; slew; slain; slaying
verb kill | execute
verb kill | behead
verb kill | decapitate
verb kill | lynch | forms: lynch; lynches; lynched; lynched; lynching
verb kill | gun down | forms: gun down; guns down; gunned down; gunned down; gunning down
verb kill | shoot dead | forms: shoot dead; shoots dead; shot dead; shot dead; shooting dead
verb kill | shoot * dead | forms: shoot * dead; shoots * dead; shot * dead; shot * dead; shooting * dead
verb kill | put * to death | forms: put * to death; puts * to death; put * to death; put * to death; putting * to death
verb kill | wipe out
noun kill | killing | prep: of
noun kill | murder | prep: of
noun kill | execution | prep: of

# ---- retaliate (190) ----
verb retaliate | retaliate | prep: against; on
verb retaliate | hit back at | forms: hit back at; hits back at; hit back at; hit back at; hitting back at
verb retaliate | strike back at | forms: strike back at; strikes back at; struck back at; struck back at; striking back at
verb retaliate | take revenge on | forms: take revenge on; takes revenge on; took revenge on; taken revenge on; taking revenge on
verb retaliate | exact revenge on
verb retaliate | respond militarily to
noun retaliate | retaliation | prep: against; on
noun retaliate | reprisal | prep: against; on
noun retaliate | revenge | prep: against; on
noun retaliate | retaliatory strike | prep: on; against
noun retaliate | retaliatory strikes | prep: on; against

# ---- shoot_down (190) ----
verb shoot_down | shoot down | forms: shoot down; shoots down; shot down; shot down; shooting down
verb shoot_down | shoot * down | forms: shoot * down; shoots * down; shot * down; shot * down; shooting * down
noun shoot_down | downing | prep: of
noun shoot_down | shootdown | prep: of
noun shoot_down | shooting down | prep: of

# ---- blockade (191) ----
verb blockade | blockade
verb blockade | besiege
verb blockade | lay siege to | forms: lay siege to; lays siege to; laid siege to; laid siege to; laying siege to
verb blockade | encircle
verb blockade | surround
verb blockade | seal off
verb blockade | cordon off
verb blockade | impose blockade on
verb blockade | cut off supplies to | forms: cut off supplies to; cuts off supplies to; cut off supplies to; cut off supplies to; cutting off supplies to
verb blockade | block access to
noun blockade | blockade | prep: of; on; against
noun blockade | siege | prep: of
noun blockade | encirclement | prep: of

# ---- invade (192) ----
verb invade | invade
verb invade | send troops into | forms: send troops into; sends troops into; sent troops into; sent troops into; sending troops into
verb invade | launch invasion of | forms: launch invasion of; launches invasion of; launched invasion of; launched invasion of; launching invasion of
verb invade | march into
verb invade | roll into
verb invade | intrude into
noun invade | invasion | prep: of
noun invade | incursion | prep: into
noun invade | intrusion | prep: into

# ---- occupy (192) ----
verb occupy | occupy
verb occupy | annex | forms: annex; annexes; annexed; annexed; annexing
verb occupy | overrun | forms: overrun; overruns; overran; overrun; overrunning
# "capture" of a place is occupation; captured people are "taken prisoner" (abduct) or arrested.
verb occupy | capture
verb occupy | recapture
verb occupy | retake | forms: retake; retakes; retook; retaken; retaking
verb occupy | conquer
verb occupy | seize control of
verb occupy | take control of | forms: take control of; takes control of; took control of; taken control of; taking control of
verb occupy | gain control of
noun occupy | occupation | prep: of
noun occupy | annexation | prep: of
noun occupy | capture | prep: of
noun occupy | takeover | prep: of

# ---- shoot (193) ----
# "shoot" is also filming; the object decides.
verb shoot | shoot | forms: shoot; shoots; shot; shot; shooting | prep: at
verb shoot | open fire on
verb shoot | open fire at
verb shoot | fire on
verb shoot | fire upon
verb shoot | fire at
verb shoot | fire shots at
verb shoot | snipe at
noun shoot | shooting | prep: of; at
noun shoot | gunfire | prep: on; at
noun shoot | sniper fire | prep: on; at

# ---- shell (194): artillery and tanks ----
verb shell | shell
verb shell | bombard
verb shell | pound * with artillery
verb shell | fire artillery at
verb shell | fire mortars at
verb shell | fire shells at
verb shell | fire mortar shells at
verb shell | lob shells at | forms: lob shells at; lobs shells at; lobbed shells at; lobbed shells at; lobbing shells at
verb shell | lob mortars at | forms: lob mortars at; lobs mortars at; lobbed mortars at; lobbed mortars at; lobbing mortars at
noun shell | shelling | prep: of
noun shell | bombardment | prep: of
noun shell | artillery fire | prep: on; at; against
noun shell | mortar fire | prep: on; at; against
noun shell | artillery attack | prep: on; against
noun shell | artillery attacks | prep: on; against

# ---- fire_missiles (194): ground-launched missiles and rockets ----
verb fire_missiles | fire missiles at
verb fire_missiles | fire missile at
verb fire_missiles | fire missiles into
verb fire_missiles | fire rockets at
verb fire_missiles | fire rocket at
verb fire_missiles | fire rockets into
verb fire_missiles | fire ballistic missiles at
verb fire_missiles | fire cruise missiles at
verb fire_missiles | launch missiles at | forms: launch missiles at; launches missiles at; launched missiles at; launched missiles at; launching missiles at
verb fire_missiles | launch missile at | forms: launch missile at; launches missile at; launched missile at; launched missile at; launching missile at
verb fire_missiles | launch rockets at | forms: launch rockets at; launches rockets at; launched rockets at; launched rockets at; launching rockets at
verb fire_missiles | launch rockets into | forms: launch rockets into; launches rockets into; launched rockets into; launched rockets into; launching rockets into
verb fire_missiles | launch ballistic missiles at | forms: launch ballistic missiles at; launches ballistic missiles at; launched ballistic missiles at; launched ballistic missiles at; launching ballistic missiles at
verb fire_missiles | lob rockets at | forms: lob rockets at; lobs rockets at; lobbed rockets at; lobbed rockets at; lobbing rockets at
noun fire_missiles | missile attack | prep: on; against
noun fire_missiles | missile attacks | prep: on; against
noun fire_missiles | missile strike | prep: on; against
noun fire_missiles | missile strikes | prep: on; against
noun fire_missiles | rocket attack | prep: on; against
noun fire_missiles | rocket attacks | prep: on; against
noun fire_missiles | rocket fire | prep: on; at; into; against

# ---- strike (195): air strikes ----
# On purpose: "strike a deal with" is agree, "strike back at" retaliate.
verb strike | strike | forms: strike; strikes; struck; struck; striking | prep: at
verb strike | strafe
verb strike | carry out air strikes on
verb strike | carry out air strikes against
verb strike | carry out airstrikes on
verb strike | carry out airstrikes against
verb strike | carry out drone strikes on
verb strike | carry out drone strikes against
verb strike | launch air strikes on | forms: launch air strikes on; launches air strikes on; launched air strikes on; launched air strikes on; launching air strikes on
verb strike | launch air strikes against | forms: launch air strikes against; launches air strikes against; launched air strikes against; launched air strikes against; launching air strikes against
verb strike | launch airstrikes on | forms: launch airstrikes on; launches airstrikes on; launched airstrikes on; launched airstrikes on; launching airstrikes on
verb strike | launch airstrikes against | forms: launch airstrikes against; launches airstrikes against; launched airstrikes against; launched airstrikes against; launching airstrikes against
verb strike | conduct air strikes on
verb strike | conduct air strikes against
verb strike | conduct airstrikes on
verb strike | conduct airstrikes against
noun strike | airstrike | prep: on; against
noun strike | air strike | prep: on; against
noun strike | air strikes | prep: on; against
noun strike | air raid | prep: on; against
noun strike | air raids | prep: on; against
noun strike | drone strike | prep: on; against
noun strike | drone strikes | prep: on; against
noun strike | bombing raid | prep: on; against
noun strike | bombing raids | prep: on; against
# "strike" as a noun is the military strike; labor strikes rarely name a target after "on"/"against".
noun strike | strike | prep: on; against

# ---- bomb (195): aerial bombing ----
verb bomb | bomb
verb bomb | drop bombs on | forms: drop bombs on; drops bombs on; dropped bombs on; dropped bombs on; dropping bombs on
verb bomb | carpet-bomb
verb bomb | barrel-bomb
noun bomb | bombing | prep: of; on
noun bomb | bombing campaign | prep: against; in
noun bomb | bombing campaigns | prep: against; in
noun bomb | aerial bombardment | prep: of
noun bomb | aerial bombardments | prep: of

# ---- violate_ceasefire (196) ----
verb violate_ceasefire | violate ceasefire
verb violate_ceasefire | violate cease-fire
verb violate_ceasefire | violate truce
verb violate_ceasefire | break ceasefire | forms: break ceasefire; breaks ceasefire; broke ceasefire; broken ceasefire; breaking ceasefire
verb violate_ceasefire | break truce | forms: break truce; breaks truce; broke truce; broken truce; breaking truce
verb violate_ceasefire | breach ceasefire | forms: breach ceasefire; breaches ceasefire; breached ceasefire; breached ceasefire; breaching ceasefire
verb violate_ceasefire | breach truce | forms: breach truce; breaches truce; breached truce; breached truce; breaching truce
noun violate_ceasefire | ceasefire violation
noun violate_ceasefire | ceasefire violations
noun violate_ceasefire | truce violation
noun violate_ceasefire | truce violations

# =====================================================================
# 20 USE UNCONVENTIONAL MASS VIOLENCE
# =====================================================================

# ---- massacre (202) ----
verb massacre | massacre
verb massacre | slaughter
verb massacre | exterminate
verb massacre | commit genocide against | forms: commit genocide against; commits genocide against; committed genocide against; committed genocide against; committing genocide against
verb massacre | commit massacre against | forms: commit massacre against; commits massacre against; committed massacre against; committed massacre against; committing massacre against
noun massacre | massacre | prep: of
noun massacre | genocide | prep: against; of
noun massacre | mass killing | prep: of
noun massacre | mass killings | prep: of

# ---- ethnic_cleansing (203) ----
verb ethnic_cleansing | carry out ethnic cleansing against
verb ethnic_cleansing | carry out ethnic cleansing of
verb ethnic_cleansing | commit ethnic cleansing against | forms: commit ethnic cleansing against; commits ethnic cleansing against; committed ethnic cleansing against; committed ethnic cleansing against; committing ethnic cleansing against
noun ethnic_cleansing | ethnic cleansing | prep: of; against

# ---- use_chemical_weapons (2041) ----
verb use_chemical_weapons | use chemical weapons against
verb use_chemical_weapons | use chemical weapons on
verb use_chemical_weapons | use nerve agents against
verb use_chemical_weapons | use sarin against
verb use_chemical_weapons | launch chemical attack on | forms: launch chemical attack on; launches chemical attack on; launched chemical attack on; launched chemical attack on; launching chemical attack on
verb use_chemical_weapons | carry out chemical attack on
verb use_chemical_weapons | carry out chemical weapons attack on
verb use_chemical_weapons | attack * with chemical weapons
noun use_chemical_weapons | chemical attack | prep: on; against
noun use_chemical_weapons | chemical attacks | prep: on; against
noun use_chemical_weapons | chemical weapons attack | prep: on; against
noun use_chemical_weapons | chemical weapons attacks | prep: on; against
noun use_chemical_weapons | gas attack | prep: on; against
noun use_chemical_weapons | gas attacks | prep: on; against
noun use_chemical_weapons | nerve agent attack | prep: on; against
noun use_chemical_weapons | nerve agent attacks | prep: on; against
