# Agent words: common nouns that stand for actors.
#
#   agent ID | phrase | kind: person|government|group | sector: CODE | role: Office | plural: ...; | title: yes
#
# kind person: offices and titles; with `title: yes` the word cues a name
#   that follows ("Foreign Minister Ana Petrova"), and `role` is the office.
#   Compound offices ("water and energy minister") are left to the grammar,
#   which joins the words before "minister".
# kind government: words that mean a state's government or its forces
#   ("Syrian warplanes" is the actor Syria).
# kind group: non-state groups ("Syrian rebels" is its own actor, SYRREB).
# sector: the CAMEO agent code (primary code of the CAMEO/PETRARCH agents
#   dictionary, Phoenix.agents.txt, MIT licence, Open Event Data Alliance).
#   CAMEO's MED is media; health workers are HLH.
# with-country: yes: an actor only with a country before it ("the Zambian
#   people"); alone ("its people") the word is no actor.
# plural: irregular plurals and plurals of compound offices; regular
#   plurals are generated.

# =====================================================================
# PERSONS: heads of state and government
# =====================================================================
agent president | president | kind: person | sector: GOV | role: President | title: yes | plural: presidents
agent vice-president | vice president | kind: person | sector: GOV | role: Vice President | title: yes | plural: vice presidents
agent vice-president | vice-president | kind: person | sector: GOV | role: Vice President | title: yes | plural: vice-presidents
agent interim-president | interim president | kind: person | sector: GOV | role: Interim President | title: yes | plural: interim presidents
agent president-elect | president-elect | kind: person | sector: GOV | role: President-elect | title: yes | plural: presidents-elect
agent prime-minister | prime minister | kind: person | sector: GOV | role: Prime Minister | title: yes | plural: prime ministers
agent deputy-prime-minister | deputy prime minister | kind: person | sector: GOV | role: Deputy Prime Minister | title: yes | plural: deputy prime ministers
agent premier | premier | kind: person | sector: GOV | role: Premier | title: yes | plural: premiers
agent chancellor | chancellor | kind: person | sector: GOV | role: Chancellor | title: yes | plural: chancellors
agent head-of-state | head of state | kind: person | sector: GOV | role: Head of State | plural: heads of state
agent head-of-government | head of government | kind: person | sector: GOV | role: Head of Government | plural: heads of government
agent king | king | kind: person | sector: GOV | role: King | title: yes | plural: kings
agent queen | queen | kind: person | sector: GOV | role: Queen | title: yes | plural: queens
agent crown-prince | crown prince | kind: person | sector: GOV | role: Crown Prince | title: yes | plural: crown princes
agent prince | prince | kind: person | sector: GOV | role: Prince | title: yes | plural: princes
agent emir | emir | kind: person | sector: GOV | role: Emir | title: yes | plural: emirs
agent emir | amir | kind: person | sector: GOV | role: Emir | title: yes | plural: amirs
agent sheikh | sheikh | kind: person | sector: GOV | role: Sheikh | title: yes | plural: sheikhs
agent sultan | sultan | kind: person | sector: GOV | role: Sultan | title: yes | plural: sultans
agent monarch | monarch | kind: person | sector: GOV | role: Monarch | plural: monarchs
agent ruler | ruler | kind: person | sector: GOV | role: Ruler | plural: rulers
agent supreme-leader | supreme leader | kind: person | sector: GOV | role: Supreme Leader | title: yes | plural: supreme leaders
agent dictator | dictator | kind: person | sector: GOV | role: Dictator | plural: dictators
agent strongman | strongman | kind: person | sector: GOV | plural: strongmen
agent leader | leader | kind: person | sector: GOV | role: Leader | title: yes | plural: leaders
agent chairman | chairman | kind: person | sector: GOV | role: Chairman | title: yes | plural: chairmen
agent chairwoman | chairwoman | kind: person | sector: GOV | role: Chairwoman | title: yes | plural: chairwomen
agent governor | governor | kind: person | sector: GOV | role: Governor | title: yes | plural: governors
agent governor | gov. | kind: person | sector: GOV | role: Governor | title: yes
agent governor-general | governor-general | kind: person | sector: GOV | role: Governor-General | title: yes | plural: governors-general
agent mayor | mayor | kind: person | sector: GOV | role: Mayor | title: yes | plural: mayors

# =====================================================================
# PERSONS: ministers and cabinet offices
# =====================================================================
agent minister | minister | kind: person | sector: GOV | role: Minister | title: yes | plural: ministers
agent foreign-minister | foreign minister | kind: person | sector: GOV | role: Foreign Minister | title: yes | plural: foreign ministers
agent deputy-foreign-minister | deputy foreign minister | kind: person | sector: GOV | role: Deputy Foreign Minister | title: yes | plural: deputy foreign ministers
agent vice-foreign-minister | vice foreign minister | kind: person | sector: GOV | role: Vice Foreign Minister | title: yes | plural: vice foreign ministers
agent foreign-secretary | foreign secretary | kind: person | sector: GOV | role: Foreign Secretary | title: yes | plural: foreign secretaries
agent secretary-of-state | secretary of state | kind: person | sector: GOV | role: Secretary of State | title: yes | plural: secretaries of state
agent deputy-secretary-of-state | deputy secretary of state | kind: person | sector: GOV | role: Deputy Secretary of State | title: yes | plural: deputy secretaries of state
agent assistant-secretary-of-state | assistant secretary of state | kind: person | sector: GOV | role: Assistant Secretary of State | title: yes | plural: assistant secretaries of state
agent under-secretary | under secretary | kind: person | sector: GOV | role: Under Secretary | title: yes | plural: under secretaries
agent under-secretary | undersecretary | kind: person | sector: GOV | role: Under Secretary | title: yes | plural: undersecretaries
agent secretary | secretary | kind: person | sector: GOV | role: Secretary | title: yes | plural: secretaries
agent defense-minister | defense minister | kind: person | sector: GOV | role: Defense Minister | title: yes | plural: defense ministers
agent defense-minister | defence minister | kind: person | sector: GOV | role: Defence Minister | title: yes | plural: defence ministers
agent defense-secretary | defense secretary | kind: person | sector: GOV | role: Defense Secretary | title: yes | plural: defense secretaries
agent defense-secretary | defence secretary | kind: person | sector: GOV | role: Defence Secretary | title: yes | plural: defence secretaries
agent interior-minister | interior minister | kind: person | sector: GOV | role: Interior Minister | title: yes | plural: interior ministers
agent home-secretary | home secretary | kind: person | sector: GOV | role: Home Secretary | title: yes | plural: home secretaries
agent finance-minister | finance minister | kind: person | sector: GOV | role: Finance Minister | title: yes | plural: finance ministers
agent treasury-secretary | treasury secretary | kind: person | sector: GOV | role: Treasury Secretary | title: yes | plural: treasury secretaries
agent trade-minister | trade minister | kind: person | sector: GOV | role: Trade Minister | title: yes | plural: trade ministers
agent justice-minister | justice minister | kind: person | sector: GOV | role: Justice Minister | title: yes | plural: justice ministers
agent information-minister | information minister | kind: person | sector: GOV | role: Information Minister | title: yes | plural: information ministers
agent energy-minister | energy minister | kind: person | sector: GOV | role: Energy Minister | title: yes | plural: energy ministers
agent cabinet-minister | cabinet minister | kind: person | sector: GOV | role: Cabinet Minister | plural: cabinet ministers
agent minister-of-state | minister of state | kind: person | sector: GOV | role: Minister of State | title: yes | plural: ministers of state
agent attorney-general | attorney general | kind: person | sector: JUD | role: Attorney General | title: yes | plural: attorneys general
agent attorney-general | attorney-general | kind: person | sector: JUD | role: Attorney General | title: yes | plural: attorneys-general
agent national-security-adviser | national security adviser | kind: person | sector: GOV | role: National Security Adviser | title: yes | plural: national security advisers
agent national-security-adviser | national security advisor | kind: person | sector: GOV | role: National Security Adviser | title: yes | plural: national security advisors
agent chief-of-staff | chief of staff | kind: person | sector: GOV | role: Chief of Staff | title: yes | plural: chiefs of staff
agent press-secretary | press secretary | kind: person | sector: GOV | role: Press Secretary | title: yes | plural: press secretaries
agent adviser | adviser | kind: person | sector: GOV | role: Adviser | plural: advisers
agent adviser | advisor | kind: person | sector: GOV | role: Adviser | plural: advisors
agent aide | aide | kind: person | sector: GOV | plural: aides
agent director | director | kind: person | sector: GOV | role: Director | title: yes | plural: directors
agent chief | chief | kind: person | sector: GOV | role: Chief | title: yes | plural: chiefs
agent official | official | kind: person | sector: GOV | plural: officials
agent senior-official | senior official | kind: person | sector: GOV | plural: senior officials
agent government-official | government official | kind: person | sector: GOV | plural: government officials
agent bureaucrat | bureaucrat | kind: person | sector: GOV | plural: bureaucrats

# =====================================================================
# PERSONS: diplomats, envoys, spokespeople, negotiators
# =====================================================================
agent ambassador | ambassador | kind: person | sector: GOV | role: Ambassador | title: yes | plural: ambassadors
agent deputy-ambassador | deputy ambassador | kind: person | sector: GOV | role: Deputy Ambassador | title: yes | plural: deputy ambassadors
agent envoy | envoy | kind: person | sector: GOV | role: Envoy | title: yes | plural: envoys
agent counterpart | counterpart | kind: person | sector: GOV | role: Counterpart | title: yes | plural: counterparts
agent special-envoy | special envoy | kind: person | sector: GOV | role: Special Envoy | title: yes | plural: special envoys
agent special-representative | special representative | kind: person | sector: GOV | role: Special Representative | title: yes | plural: special representatives
agent secretary-general | secretary-general | kind: person | sector: GOV | role: Secretary-General | title: yes | plural: secretaries-general
agent secretary-general | secretary general | kind: person | sector: GOV | role: Secretary-General | title: yes | plural: secretaries general
agent deputy-secretary-general | deputy secretary-general | kind: person | sector: GOV | role: Deputy Secretary-General | title: yes | plural: deputy secretaries-general
agent high-commissioner | high commissioner | kind: person | sector: GOV | role: High Commissioner | title: yes | plural: high commissioners
agent consul | consul | kind: person | sector: GOV | role: Consul | title: yes | plural: consuls
agent consul-general | consul general | kind: person | sector: GOV | role: Consul General | title: yes | plural: consuls general
agent charge-d-affaires | charge d'affaires | kind: person | sector: GOV | role: Charge d'Affaires | plural: charges d'affaires
agent charge-d-affaires | chargé d'affaires | kind: person | sector: GOV | role: Chargé d'Affaires | plural: chargés d'affaires
agent diplomat | diplomat | kind: person | sector: GOV | plural: diplomats
agent top-diplomat | top diplomat | kind: person | sector: GOV | role: Foreign Minister | plural: top diplomats
agent spokesman | spokesman | kind: person | sector: GOV | role: Spokesman | title: yes | plural: spokesmen
agent spokeswoman | spokeswoman | kind: person | sector: GOV | role: Spokeswoman | title: yes | plural: spokeswomen
agent spokesperson | spokesperson | kind: person | sector: GOV | role: Spokesperson | title: yes | plural: spokespersons; spokespeople
agent chief-negotiator | chief negotiator | kind: person | sector: GOV | role: Chief Negotiator | title: yes | plural: chief negotiators
agent negotiator | negotiator | kind: person | sector: GOV | role: Negotiator | plural: negotiators
agent mediator | mediator | kind: person | sector: GOV | role: Mediator | plural: mediators

# =====================================================================
# PERSONS: legislators and judges
# =====================================================================
agent senator | senator | kind: person | sector: LEG | role: Senator | title: yes | plural: senators
agent senator | sen. | kind: person | sector: LEG | role: Senator | title: yes
agent representative | rep. | kind: person | sector: LEG | role: Representative | title: yes
agent congressman | congressman | kind: person | sector: LEG | role: Congressman | title: yes | plural: congressmen
agent congresswoman | congresswoman | kind: person | sector: LEG | role: Congresswoman | title: yes | plural: congresswomen
agent lawmaker | lawmaker | kind: person | sector: LEG | role: Lawmaker | plural: lawmakers
agent legislator | legislator | kind: person | sector: LEG | role: Legislator | plural: legislators
agent parliamentarian | parliamentarian | kind: person | sector: LEG | role: Parliamentarian | plural: parliamentarians
agent mp | mp | kind: person | sector: LEG | role: Member of Parliament | plural: mps
agent member-of-parliament | member of parliament | kind: person | sector: LEG | role: Member of Parliament | plural: members of parliament
agent speaker | parliament speaker | kind: person | sector: LEG | role: Speaker | title: yes | plural: parliament speakers
agent speaker | house speaker | kind: person | sector: LEG | role: Speaker | title: yes | plural: house speakers
agent judge | judge | kind: person | sector: JUD | role: Judge | title: yes | plural: judges
agent chief-justice | chief justice | kind: person | sector: JUD | role: Chief Justice | title: yes | plural: chief justices
agent prosecutor | prosecutor | kind: person | sector: JUD | role: Prosecutor | title: yes | plural: prosecutors
agent chief-prosecutor | chief prosecutor | kind: person | sector: JUD | role: Chief Prosecutor | title: yes | plural: chief prosecutors
agent prosecutor-general | prosecutor general | kind: person | sector: JUD | role: Prosecutor General | title: yes | plural: prosecutors general

# =====================================================================
# PERSONS: military, police and intelligence ranks and posts
# =====================================================================
# "general" and "captain" are also common words; with `title: yes` they cue a name.
agent general | general | kind: person | sector: MIL | role: General | title: yes | plural: generals
agent general | gen. | kind: person | sector: MIL | role: General | title: yes
agent lieutenant-general | lieutenant general | kind: person | sector: MIL | role: Lieutenant General | title: yes | plural: lieutenant generals
agent lieutenant-general | lt. gen. | kind: person | sector: MIL | role: Lieutenant General | title: yes
agent major-general | major general | kind: person | sector: MIL | role: Major General | title: yes | plural: major generals
agent major-general | maj. gen. | kind: person | sector: MIL | role: Major General | title: yes
agent brigadier-general | brigadier general | kind: person | sector: MIL | role: Brigadier General | title: yes | plural: brigadier generals
agent brigadier-general | brig. gen. | kind: person | sector: MIL | role: Brigadier General | title: yes
agent brigadier | brigadier | kind: person | sector: MIL | role: Brigadier | title: yes | plural: brigadiers
agent field-marshal | field marshal | kind: person | sector: MIL | role: Field Marshal | title: yes | plural: field marshals
agent admiral | admiral | kind: person | sector: MIL | role: Admiral | title: yes | plural: admirals
agent admiral | adm. | kind: person | sector: MIL | role: Admiral | title: yes
agent vice-admiral | vice admiral | kind: person | sector: MIL | role: Vice Admiral | title: yes | plural: vice admirals
agent rear-admiral | rear admiral | kind: person | sector: MIL | role: Rear Admiral | title: yes | plural: rear admirals
agent commodore | commodore | kind: person | sector: MIL | role: Commodore | title: yes | plural: commodores
agent colonel | colonel | kind: person | sector: MIL | role: Colonel | title: yes | plural: colonels
agent colonel | col. | kind: person | sector: MIL | role: Colonel | title: yes
agent lieutenant-colonel | lieutenant colonel | kind: person | sector: MIL | role: Lieutenant Colonel | title: yes | plural: lieutenant colonels
agent lieutenant-colonel | lt. col. | kind: person | sector: MIL | role: Lieutenant Colonel | title: yes
agent captain | captain | kind: person | sector: MIL | role: Captain | title: yes | plural: captains
agent captain | capt. | kind: person | sector: MIL | role: Captain | title: yes
agent lieutenant | lieutenant | kind: person | sector: MIL | role: Lieutenant | title: yes | plural: lieutenants
agent lieutenant | lt. | kind: person | sector: MIL | role: Lieutenant | title: yes
agent sergeant | sergeant | kind: person | sector: MIL | role: Sergeant | title: yes | plural: sergeants
agent commander | commander | kind: person | sector: MIL | role: Commander | title: yes | plural: commanders
agent military-commander | military commander | kind: person | sector: MIL | role: Commander | plural: military commanders
agent army-chief | army chief | kind: person | sector: MIL | role: Army Chief | title: yes | plural: army chiefs
agent military-chief | military chief | kind: person | sector: MIL | role: Military Chief | plural: military chiefs
agent chief-of-general-staff | chief of general staff | kind: person | sector: MIL | role: Chief of General Staff | title: yes | plural: chiefs of general staff
agent chief-of-the-general-staff | chief of the general staff | kind: person | sector: MIL | role: Chief of the General Staff | title: yes | plural: chiefs of the general staff
agent defense-chief | defense chief | kind: person | sector: MIL | role: Defense Chief | plural: defense chiefs
agent defense-chief | defence chief | kind: person | sector: MIL | role: Defence Chief | plural: defence chiefs
agent military-official | military official | kind: person | sector: MIL | plural: military officials
agent military-spokesman | military spokesman | kind: person | sector: MIL | role: Military Spokesman | title: yes | plural: military spokesmen
agent police-chief | police chief | kind: person | sector: COP | role: Police Chief | title: yes | plural: police chiefs
agent police-officer | police officer | kind: person | sector: COP | plural: police officers
agent policeman | policeman | kind: person | sector: COP | plural: policemen
agent policewoman | policewoman | kind: person | sector: COP | plural: policewomen
agent intelligence-chief | intelligence chief | kind: person | sector: SPY | role: Intelligence Chief | plural: intelligence chiefs
agent spy-chief | spy chief | kind: person | sector: SPY | role: Intelligence Chief | plural: spy chiefs
agent spy | spy | kind: person | sector: SPY | plural: spies

# =====================================================================
# PERSONS: non-state leaders and others
# =====================================================================
agent opposition-leader | opposition leader | kind: person | sector: OPP | role: Opposition Leader | title: yes | plural: opposition leaders
agent rebel-leader | rebel leader | kind: person | sector: REB | role: Rebel Leader | title: yes | plural: rebel leaders
agent rebel-commander | rebel commander | kind: person | sector: REB | role: Rebel Commander | title: yes | plural: rebel commanders
agent militant-leader | militant leader | kind: person | sector: REB | role: Militant Leader | plural: militant leaders
agent ayatollah | ayatollah | kind: person | sector: REL | role: Ayatollah | title: yes | plural: ayatollahs
agent grand-ayatollah | grand ayatollah | kind: person | sector: REL | role: Grand Ayatollah | title: yes | plural: grand ayatollahs
agent pope | pope | kind: person | sector: REL | role: Pope | title: yes | plural: popes
agent cleric | cleric | kind: person | sector: REL | plural: clerics

# =====================================================================
# GOVERNMENTS AND THEIR FORCES
# =====================================================================
agent government | government | kind: government | sector: GOV | plural: governments
agent regime | regime | kind: government | sector: GOV | plural: regimes
agent administration | administration | kind: government | sector: GOV | plural: administrations
agent authorities | authorities | kind: government | sector: GOV
agent cabinet | cabinet | kind: government | sector: GOV | plural: cabinets
agent junta | junta | kind: government | sector: GOV | plural: juntas
agent military-junta | military junta | kind: government | sector: GOV | plural: military juntas
agent leadership | leadership | kind: government | sector: GOV
agent forces | forces | kind: government | sector: MIL
agent government-forces | government forces | kind: government | sector: MIL
agent government-troops | government troops | kind: government | sector: MIL
agent pro-government-forces | pro-government forces | kind: government | sector: MIL
agent security-forces | security forces | kind: government | sector: MIL
agent armed-forces | armed forces | kind: government | sector: MIL
agent ground-forces | ground forces | kind: government | sector: MIL
agent naval-forces | naval forces | kind: government | sector: MIL
agent special-forces | special forces | kind: government | sector: MIL
agent troops | troops | kind: government | sector: MIL
agent soldiers | soldier | kind: government | sector: MIL | plural: soldiers
agent army | army | kind: government | sector: MIL | plural: armies
agent military | military | kind: government | sector: MIL | plural: militaries
agent navy | navy | kind: government | sector: MIL | plural: navies
agent air-force | air force | kind: government | sector: MIL | plural: air forces
agent marines | marines | kind: government | sector: MIL
agent paratroopers | paratroopers | kind: government | sector: MIL
agent warplane | warplane | kind: government | sector: MIL | plural: warplanes
agent jet | jet | kind: government | sector: MIL | plural: jets
agent fighter-jet | fighter jet | kind: government | sector: MIL | plural: fighter jets
agent bomber | bomber | kind: government | sector: MIL | plural: bombers
agent plane | plane | kind: government | sector: MIL | plural: planes
agent military-aircraft | military aircraft | kind: government | sector: MIL | plural: military aircraft
agent aircraft | aircraft | kind: government | sector: MIL | plural: aircraft
agent air-assets | air assets | kind: government | sector: MIL
agent helicopter | helicopter | kind: government | sector: MIL | plural: helicopters
agent officers | officer | kind: government | sector: MIL | plural: officers
agent army-officers | army officer | kind: government | sector: MIL | plural: army officers
agent military-officers | military officer | kind: government | sector: MIL | plural: military officers
agent warship | warship | kind: government | sector: MIL | plural: warships
agent gunboat | gunboat | kind: government | sector: MIL | plural: gunboats
agent frigate | frigate | kind: government | sector: MIL | plural: frigates
agent naval-vessel | naval vessel | kind: government | sector: MIL | plural: naval vessels
agent negotiators | negotiator | kind: government | sector: GOV | plural: negotiators
agent helicopter | gunship | kind: government | sector: MIL | plural: gunships
agent drone | drone | kind: government | sector: MIL | plural: drones
agent warship | warship | kind: government | sector: MIL | plural: warships
agent destroyer | destroyer | kind: government | sector: MIL | plural: destroyers
agent submarine | submarine | kind: government | sector: MIL | plural: submarines
agent tank | tank | kind: government | sector: MIL | plural: tanks
agent artillery | artillery | kind: government | sector: MIL
agent police | police | kind: government | sector: COP
agent riot-police | riot police | kind: government | sector: COP
agent border-guards | border guards | kind: government | sector: COP
agent border-police | border police | kind: government | sector: COP
agent intelligence-services | intelligence services | kind: government | sector: SPY
agent intelligence-agencies | intelligence agencies | kind: government | sector: SPY
agent security-services | security services | kind: government | sector: SPY
agent secret-police | secret police | kind: government | sector: SPY

# =====================================================================
# NON-STATE GROUPS
# =====================================================================
agent rebels | rebel | kind: group | sector: REB | plural: rebels
agent rebel-group | rebel group | kind: group | sector: REB | plural: rebel groups
agent rebel-forces | rebel forces | kind: group | sector: REB
agent opposition | opposition | kind: group | sector: OPP
agent opposition-party | opposition party | kind: group | sector: OPP | plural: opposition parties
agent opposition-forces | opposition forces | kind: group | sector: REB
agent activists | activist | kind: group | sector: OPP | plural: activists
agent protesters | protester | kind: group | sector: OPP | plural: protesters
agent protesters | protestor | kind: group | sector: OPP | plural: protestors
agent demonstrators | demonstrator | kind: group | sector: OPP | plural: demonstrators
agent dissidents | dissident | kind: group | sector: OPP | plural: dissidents
agent militants | militant | kind: group | sector: REB | plural: militants
agent militant-group | militant group | kind: group | sector: REB | plural: militant groups
agent insurgents | insurgent | kind: group | sector: REB | plural: insurgents
agent fighters | fighter | kind: group | sector: REB | plural: fighters
agent guerrillas | guerrilla | kind: group | sector: REB | plural: guerrillas
agent separatists | separatist | kind: group | sector: REB | plural: separatists
agent gunmen | gunman | kind: group | sector: UAF | plural: gunmen
agent militia | militia | kind: group | sector: UAF | plural: militias
agent militiamen | militiaman | kind: group | sector: UAF | plural: militiamen
agent armed-group | armed group | kind: group | sector: UAF | plural: armed groups
agent jihadists | jihadist | kind: group | sector: UAF | plural: jihadists
agent terrorists | terrorist | kind: group | sector: UAF | plural: terrorists
agent terrorist-group | terrorist group | kind: group | sector: UAF | plural: terrorist groups
# Words that follow a group's name and mean the group itself ("al-Qaeda terror
# network", "the Islamic Jihad movement"); alone they name no one.
agent terror-network | terror network | kind: group | sector: UAF | plural: terror networks | with-country: yes
agent terror-network | terrorist network | kind: group | sector: UAF | plural: terrorist networks | with-country: yes
agent terror-group | terror group | kind: group | sector: UAF | plural: terror groups
agent movement | movement | kind: group | plural: movements | with-country: yes
agent extremists | extremist | kind: group | sector: RAD | plural: extremists
agent civilians | civilian | kind: group | sector: CVL | plural: civilians
agent residents | resident | kind: group | sector: CVL | plural: residents
agent villagers | villager | kind: group | sector: CVL | plural: villagers
agent settlers | settler | kind: group | sector: CVL | plural: settlers
agent migrants | migrant | kind: group | sector: CVL | plural: migrants
agent refugees | refugee | kind: group | sector: REF | plural: refugees
agent asylum-seekers | asylum seeker | kind: group | sector: REF | plural: asylum seekers
agent students | student | kind: group | sector: EDU | plural: students
agent workers | worker | kind: group | sector: LAB | plural: workers
agent trade-unions | trade union | kind: group | sector: LAB | plural: trade unions
agent farmers | farmer | kind: group | sector: AGR | plural: farmers
agent fishermen | fisherman | kind: group | sector: AGR | plural: fishermen
agent journalists | journalist | kind: group | sector: MED | plural: journalists
# "reporters" is left out on purpose: "told reporters" is an audience in attribution, not an actor.
agent medics | medic | kind: group | sector: HLH | plural: medics
agent doctors | doctor | kind: group | sector: HLH | plural: doctors
agent nurses | nurse | kind: group | sector: HLH | plural: nurses
agent aid-workers | aid worker | kind: group | sector: NGO | plural: aid workers
agent humanitarian-workers | humanitarian worker | kind: group | sector: NGO | plural: humanitarian workers
agent aid-groups | aid group | kind: group | sector: NGO | plural: aid groups
agent aid-agencies | aid agency | kind: group | sector: NGO | plural: aid agencies
agent human-rights-groups | human rights group | kind: group | sector: HRI | plural: human rights groups
agent human-rights-groups | rights group | kind: group | sector: HRI | plural: rights groups
agent human-rights-activists | human rights activist | kind: group | sector: HRI | plural: human rights activists
agent human-rights-activists | rights activist | kind: group | sector: HRI | plural: rights activists
agent businessmen | businessman | kind: group | sector: BUS | plural: businessmen
agent business-leaders | business leader | kind: group | sector: BUS | plural: business leaders
agent traders | trader | kind: group | sector: BUS | plural: traders
agent religious-leaders | religious leader | kind: group | sector: REL | plural: religious leaders
agent monks | monk | kind: group | sector: REL | plural: monks
agent pilgrims | pilgrim | kind: group | sector: REL | plural: pilgrims
agent smugglers | smuggler | kind: group | sector: CRM | plural: smugglers
agent pirates | pirate | kind: group | sector: CRM | plural: pirates
agent criminals | criminal | kind: group | sector: CRM | plural: criminals
agent drug-traffickers | drug trafficker | kind: group | sector: CRM | plural: drug traffickers

# People held or endangered: victims that event coders (CAMEO CVL) code as actors.
agent detainees | detainee | kind: group | sector: CVL | plural: detainees
agent prisoners | prisoner | kind: group | sector: CVL | plural: prisoners
agent hostages | hostage | kind: group | sector: CVL | plural: hostages
agent teachers | teacher | kind: group | sector: EDU | plural: teachers

# A nation's people ("the Zambian people") and the people a plural demonym
# names ("Liberians", "ethnic Albanians"): a group with the country as its
# country, not the state itself.
agent people | people | kind: group | sector: CVL | plural: peoples | with-country: yes
agent population | population | kind: group | sector: CVL | plural: populations | with-country: yes

# Ethnic and religious communities (CAMEO codes them as ethnic or religious
# actors; "Iraqi Kurds", "Bosnian Serbs" take the country before them).
agent kurds | kurd | kind: group | sector: ETH | plural: kurds
agent tamils | tamil | kind: group | sector: ETH | plural: tamils
agent hutus | hutu | kind: group | sector: ETH | plural: hutus
agent tutsis | tutsi | kind: group | sector: ETH | plural: tutsis
agent uyghurs | uyghur | kind: group | sector: ETH | plural: uyghurs; uighurs
agent pashtuns | pashtun | kind: group | sector: ETH | plural: pashtuns
agent arabs | arab | kind: group | sector: ETH | plural: arabs
agent jews | jew | kind: group | sector: REL | plural: jews
agent muslims | muslim | kind: group | sector: REL | plural: muslims; moslems
agent christians | christian | kind: group | sector: REL | plural: christians
agent shiites | shiite | kind: group | sector: REL | plural: shiites; shias
agent sunnis | sunni | kind: group | sector: REL | plural: sunnis
agent immigrants | immigrant | kind: group | sector: CVL | plural: immigrants
agent hackers | hacker | kind: group | sector: CRM | plural: hackers
agent elders | elder | kind: group | sector: CVL | plural: elders
agent politicians | politician | kind: group | sector: GOV | plural: politicians

# Adjectives of ethnic and religious communities: alone ("the Jewish state") no actor;
# before a plural group ("Jewish settlers", "Moslem forces") they name a
# group of their own.
agent jews | jewish | kind: group | sector: REL | with-country: yes
agent muslims | moslem | kind: group | sector: REL | with-country: yes
agent kurds | kurdish | kind: group | sector: ETH | with-country: yes
agent catholics | catholic | kind: group | sector: REL | plural: catholics
agent protestants | protestant | kind: group | sector: REL | plural: protestants
agent hindus | hindu | kind: group | sector: REL | plural: hindus
agent sikhs | sikh | kind: group | sector: REL | plural: sikhs
agent buddhists | buddhist | kind: group | sector: REL | plural: buddhists
agent druze | druze | kind: group | sector: REL
agent alawites | alawite | kind: group | sector: REL | plural: alawites
