# Kinds of national institutions that every country may have. The text
# names them with a country ("South Korea's Foreign Ministry", "the Japanese
# Foreign Ministry", "Ministry of Foreign Affairs of Japan"); the extractor
# makes "<Country adjective> <Name>" part_of the country.
#
# Sectors follow CAMEO agent codes as used in the PETRARCH2 / Phoenix agent
# dictionary: GOV government, MIL military, LEG legislature, JUD judiciary,
# COP police, SPY intelligence, MED media.
#
# Lower-case variants are listed because wire services (Reuters style) write
# "Russia's foreign ministry", "the Japanese central bank".
#
# Not here on purpose (they are U.S. organizations in organizations.lex,
# because that is what the bare name means in English-language news):
# Senate, House of Representatives, Congress, Treasury, Justice Department,
# Commerce Department, Energy Department, National Security Council.
# "Army", "military", "forces", "police", "government" are agent words
# (kind: government), not bodies.

# ---------------------------------------------------------------- executive
body FOREIGN-MINISTRY | Foreign Ministry | alias: Ministry of Foreign Affairs; Foreign Affairs Ministry; Ministry for Foreign Affairs; Foreign Office; Ministry of External Affairs; External Affairs Ministry; foreign ministry; foreign affairs ministry | sector: GOV
body DFA | Department of Foreign Affairs | alias: DFA | sector: GOV
body DEFENSE-MINISTRY | Defense Ministry | alias: Ministry of Defense; Defence Ministry; Ministry of Defence; Ministry of National Defense; Ministry of National Defence; National Defense Ministry; National Defence Ministry; Department of Defence; defense ministry; defence ministry | sector: MIL
body INTERIOR-MINISTRY | Interior Ministry | alias: Ministry of Interior; Ministry of the Interior; Ministry of Internal Affairs; Internal Affairs Ministry; Home Ministry; Ministry of Home Affairs; interior ministry | sector: GOV
body JUSTICE-MINISTRY | Justice Ministry | alias: Ministry of Justice; justice ministry | sector: GOV
body FINANCE-MINISTRY | Finance Ministry | alias: Ministry of Finance; Ministry of Economy and Finance; finance ministry | sector: GOV
body ECONOMY-MINISTRY | Economy Ministry | alias: Ministry of Economy; Ministry of the Economy; Ministry of Economic Affairs; Economic Affairs Ministry; economy ministry | sector: GOV
body TRADE-MINISTRY | Trade Ministry | alias: Ministry of Trade; Commerce Ministry; Ministry of Commerce; Ministry of Trade and Industry; Ministry of Commerce and Industry; Ministry of Economy, Trade and Industry; Industry Ministry; trade ministry; commerce ministry | sector: GOV
body ENERGY-MINISTRY | Energy Ministry | alias: Ministry of Energy; Oil Ministry; Ministry of Oil; Petroleum Ministry; Ministry of Petroleum; energy ministry; oil ministry | sector: GOV
body HEALTH-MINISTRY | Health Ministry | alias: Ministry of Health; Ministry of Public Health; Department of Health; health ministry | sector: GOV
body EDUCATION-MINISTRY | Education Ministry | alias: Ministry of Education; education ministry | sector: GOV
body AGRICULTURE-MINISTRY | Agriculture Ministry | alias: Ministry of Agriculture; agriculture ministry | sector: GOV
body ENVIRONMENT-MINISTRY | Environment Ministry | alias: Ministry of Environment; Ministry of the Environment; environment ministry | sector: GOV
body TRANSPORT-MINISTRY | Transport Ministry | alias: Ministry of Transport; Transportation Ministry; transport ministry | sector: GOV
body LABOR-MINISTRY | Labor Ministry | alias: Ministry of Labor; Labour Ministry; Ministry of Labour | sector: GOV
body INFORMATION-MINISTRY | Information Ministry | alias: Ministry of Information; information ministry | sector: GOV
body INTELLIGENCE-MINISTRY | Intelligence Ministry | alias: Ministry of Intelligence | sector: SPY
body UNIFICATION-MINISTRY | Unification Ministry | alias: Ministry of Unification; unification ministry | sector: GOV
body EMERGENCY-MINISTRY | Emergency Situations Ministry | alias: Ministry of Emergency Situations; Emergencies Ministry; Ministry of Emergencies | sector: GOV
body RELIGIOUS-AFFAIRS-MINISTRY | Religious Affairs Ministry | alias: Ministry of Religious Affairs | sector: GOV
body PRESIDENCY | Presidency | alias: Presidential Office; Office of the President; Presidential Palace; Presidential Administration; presidential office; presidential palace | sector: GOV
body PM-OFFICE | Prime Minister's Office | alias: Office of the Prime Minister; Prime Minister’s Office; PMO; prime minister's office | sector: GOV
body CABINET | Cabinet | alias: Council of Ministers; Cabinet of Ministers | sector: GOV
body NATIONAL-SECURITY-ADVISER-OFFICE | National Security Office | alias: Office of National Security | sector: GOV
body ELECTION-COMMISSION | Election Commission | alias: Electoral Commission; Central Election Commission; National Electoral Commission; National Election Commission; Independent Electoral Commission; Electoral Council; election commission; electoral commission | sector: GOV
body CENTRAL-BANK | Central Bank | alias: central bank | sector: GOV
body STATISTICS-OFFICE | Statistics Office | alias: National Bureau of Statistics; Statistics Bureau; statistics office; statistics bureau | sector: GOV
body CIVIL-DEFENSE | Civil Defense | alias: Civil Defence; civil defense; civil defence; Civil Defense Directorate | sector: GOV
body CUSTOMS | Customs Service | alias: Customs Administration; customs service | sector: GOV

# ---------------------------------------------------------------- diplomatic missions
body EMBASSY | Embassy | alias: embassy | sector: GOV
body CONSULATE | Consulate | alias: Consulate General; Consulate-General; consulate | sector: GOV
body UN-MISSION | Permanent Mission to the United Nations | alias: Mission to the United Nations; Mission to the UN; Mission to the U.N. | sector: GOV

# ---------------------------------------------------------------- military and security
body COAST-GUARD | Coast Guard | alias: Coastguard; coast guard; coastguard | sector: MIL
# "the Philippine navy", "the Russian air force" in lower case are a state's
# forces, which are the state (agent words); only the capitalized name is
# the institution.
body NAVY | Navy | alias: Naval Forces | sector: MIL
body AIR-FORCE | Air Force | alias: Air Forces; Aerospace Forces | sector: MIL
body MARINE-CORPS | Marine Corps | alias: Marines | sector: MIL
body GROUND-FORCES | Ground Forces | sector: MIL
body ARMED-FORCES | Armed Forces | sector: MIL
body NATIONAL-GUARD | National Guard | sector: MIL
# Lower-case "police" is the state's forces (an agent word); "Kosovo Police",
# "the National Police" by name are the agency.
body POLICE | Police | alias: Police Service; National Police; Police Force | sector: COP
body BORDER-GUARD | Border Guard | alias: Border Guards; Border Guard Service; Border Police; border guard; border guards | sector: MIL
body REPUBLICAN-GUARD | Republican Guard | alias: Presidential Guard | sector: MIL
body JCS | Joint Chiefs of Staff | alias: JCS; Joint Chiefs | sector: MIL
body GENERAL-STAFF | General Staff | alias: General Staff of the Armed Forces; general staff | sector: MIL
body DEFENSE-COUNCIL | Defense Council | alias: Supreme Defense Council; Defence Council | sector: MIL
body MILITARY-INTELLIGENCE | Military Intelligence | alias: military intelligence | sector: SPY
body INTELLIGENCE-SERVICE | Intelligence Service | alias: Intelligence Agency; National Intelligence Agency; intelligence service; intelligence agency | sector: SPY
body NATIONAL-POLICE | National Police | alias: Federal Police; National Police Agency | sector: COP

# ---------------------------------------------------------------- legislature
body PARLIAMENT | Parliament | alias: National Parliament; Majlis; parliament | sector: LEG
body NATIONAL-ASSEMBLY | National Assembly | sector: LEG
body UPPER-HOUSE | Upper House | alias: upper house | sector: LEG
body LOWER-HOUSE | Lower House | alias: lower house | sector: LEG

# ---------------------------------------------------------------- judiciary
body SUPREME-COURT | Supreme Court | alias: Federal Supreme Court; supreme court | sector: JUD
body CONSTITUTIONAL-COURT | Constitutional Court | alias: Constitutional Council; constitutional court | sector: JUD
body HIGH-COURT | High Court | sector: JUD
body PROSECUTOR | Prosecutor General's Office | alias: Prosecutor-General's Office; Office of the Prosecutor General; Public Prosecution; Attorney General's Office; prosecutor's office | sector: JUD

# ---------------------------------------------------------------- state media
body STATE-NEWS-AGENCY | state news agency | alias: State News Agency; official news agency; state-run news agency; state-owned news agency | sector: MED
body STATE-TV | state television | alias: state TV; state-run television; state broadcaster; state-run TV | sector: MED
