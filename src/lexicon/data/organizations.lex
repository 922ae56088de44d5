# Organizations: international organizations and their organs, NGOs,
# armed and political groups, and named government bodies of the main
# states whose country-free name is itself unambiguous.
#
# CAMEO codes follow the conventions of the PETRARCH2 / Phoenix actor
# dictionaries (see SOURCES.md); where no standard code was known the
# `cameo` field is omitted.
#
# Ambiguity decisions:
# - "RSF" is the Rapid Support Forces (Sudan), not Reporters Without Borders.
# - "SDF" is the Syrian Democratic Forces; Japan's forces are "JSDF" /
#   "Self-Defense Forces".
# - "PTI" is not listed (Pakistan Tehreek-e-Insaf vs Press Trust of India).
# - "PA" is not listed for the Palestinian Authority (Pennsylvania, press
#   agency); "ADF" and "KIA" are not listed (Australian Defence Force;
#   killed in action).
# - "MIT" is not listed for Turkish intelligence (the university).
# - plain "Senate", "Congress", "Treasury", "National Security Council" are
#   the U.S. institutions (the usual meaning in English-language news);
#   other countries' senates are named with the country ("Philippine
#   Senate"), which the body kind "Senate" in bodies.lex does not cover.
# - "Security Council" alone is the UN Security Council; the AU organ is
#   "Peace and Security Council".
# - "Commonwealth" alone is not listed (Commonwealth of Independent States,
#   Commonwealth of Australia); use "Commonwealth of Nations".
# - The Kremlin, the White House, Downing Street, the Élysée are seats in
#   countries.lex, not organizations.

# ================================================================ United Nations system
org UN | United Nations | alias: U.N.; UN; United Nations Organization | cameo: IGOUNO
org UNSC | United Nations Security Council | alias: U.N. Security Council; UN Security Council; Security Council; UNSC | parent: UN | link: part_of | cameo: IGOUNO
org UNGA | United Nations General Assembly | alias: U.N. General Assembly; UN General Assembly; General Assembly; UNGA | parent: UN | link: part_of | cameo: IGOUNO
org UN-SECRETARIAT | United Nations Secretariat | alias: U.N. Secretariat; UN Secretariat | parent: UN | link: part_of | cameo: IGOUNO
org UNHRC | United Nations Human Rights Council | alias: U.N. Human Rights Council; UN Human Rights Council; Human Rights Council; UNHRC | parent: UN | link: part_of | cameo: IGOUNOHRI
org OHCHR | Office of the United Nations High Commissioner for Human Rights | alias: OHCHR; U.N. human rights office; UN human rights office; U.N. Human Rights Office; UN Human Rights Office; UN Human Rights; U.N. High Commissioner for Human Rights; UN High Commissioner for Human Rights | parent: UN | link: part_of | cameo: IGOUNOHRIHCH
org UNICEF | United Nations Children's Fund | alias: UNICEF; Unicef; U.N. Children's Fund; UN Children's Fund | parent: UN | link: part_of | cameo: IGOUNOKID
org UNHCR | Office of the United Nations High Commissioner for Refugees | alias: UNHCR; U.N. refugee agency; UN refugee agency; U.N. Refugee Agency; UN Refugee Agency; U.N. High Commissioner for Refugees; UN High Commissioner for Refugees | parent: UN | link: part_of | cameo: IGOUNOREFHCR
org WFP | World Food Programme | alias: World Food Program; WFP; U.N. World Food Programme; UN World Food Programme; U.N. World Food Program | parent: UN | link: part_of | cameo: IGOUNOWFP
org OCHA | United Nations Office for the Coordination of Humanitarian Affairs | alias: OCHA; U.N. humanitarian office; UN humanitarian office; U.N. Office for the Coordination of Humanitarian Affairs; UN Office for the Coordination of Humanitarian Affairs | parent: UN | link: part_of | cameo: IGOUNO
org UNRWA | United Nations Relief and Works Agency for Palestine Refugees in the Near East | alias: UNRWA; U.N. Relief and Works Agency; UN Relief and Works Agency; U.N. agency for Palestinian refugees; UN agency for Palestinian refugees | parent: UN | link: part_of | cameo: IGOUNOREF
org UNDP | United Nations Development Programme | alias: UNDP; U.N. Development Programme; UN Development Programme; U.N. Development Program | parent: UN | link: part_of | cameo: IGOUNODEV
org UNESCO | United Nations Educational, Scientific and Cultural Organization | alias: UNESCO; Unesco | parent: UN | link: part_of | cameo: IGOUNODEV
org UNFPA | United Nations Population Fund | alias: UNFPA; U.N. Population Fund; UN Population Fund | parent: UN | link: part_of | cameo: IGOUNO
org UN-WOMEN | UN Women | alias: U.N. Women | parent: UN | link: part_of | cameo: IGOUNO
org UNEP | United Nations Environment Programme | alias: UNEP; U.N. Environment Programme; UN Environment Programme | parent: UN | link: part_of | cameo: IGOUNOENV
org UNODC | United Nations Office on Drugs and Crime | alias: UNODC; U.N. Office on Drugs and Crime; UN Office on Drugs and Crime | parent: UN | link: part_of | cameo: IGOUNO
org UNCTAD | United Nations Conference on Trade and Development | alias: UNCTAD | parent: UN | link: part_of | cameo: IGOUNO
org FAO | Food and Agriculture Organization | alias: FAO; U.N. Food and Agriculture Organization; UN Food and Agriculture Organization; Food and Agriculture Organization of the United Nations | parent: UN | link: part_of | cameo: IGOUNOAGRFAO
org WHO | World Health Organization | alias: WHO; World Health Organisation; U.N. World Health Organization | parent: UN | link: part_of | cameo: IGOUNOHLHWHO
org ILO | International Labour Organization | alias: ILO; International Labor Organization | parent: UN | link: part_of | cameo: IGOUNOLABILO
org IOM | International Organization for Migration | alias: IOM; U.N. migration agency; UN migration agency; International Organisation for Migration | parent: UN | link: part_of | cameo: IGOUNO
org ICAO | International Civil Aviation Organization | alias: ICAO | parent: UN | link: part_of | cameo: IGOUNO
org IMO | International Maritime Organization | alias: International Maritime Organisation | parent: UN | link: part_of | cameo: IGOUNO
org ITU | International Telecommunication Union | alias: ITU | parent: UN | link: part_of | cameo: IGOUNOMED
org WMO | World Meteorological Organization | alias: WMO | parent: UN | link: part_of | cameo: IGOUNO
org IFAD | International Fund for Agricultural Development | alias: IFAD | parent: UN | link: part_of | cameo: IGOUNODEV
org UNAIDS | Joint United Nations Programme on HIV/AIDS | alias: UNAIDS | parent: UN | link: part_of | cameo: IGOUNOHLH
org IAEA | International Atomic Energy Agency | alias: IAEA; U.N. nuclear watchdog; UN nuclear watchdog; U.N. atomic watchdog; UN atomic watchdog | parent: UN | link: part_of | cameo: IGOUNOIAE
org IAEA-BOARD | IAEA Board of Governors | alias: IAEA board; IAEA Board | parent: IAEA | link: part_of | cameo: IGOUNOIAE
org ICJ | International Court of Justice | alias: ICJ; World Court | parent: UN | link: part_of | cameo: IGOUNOJUDICJ
org OPCW | Organisation for the Prohibition of Chemical Weapons | alias: OPCW; Organization for the Prohibition of Chemical Weapons | cameo: IGO
org CTBTO | Comprehensive Nuclear-Test-Ban Treaty Organization | alias: CTBTO | cameo: IGO
org UN-PEACEKEEPING | United Nations Department of Peace Operations | alias: U.N. Department of Peace Operations; UN Department of Peace Operations; Department of Peacekeeping Operations; DPKO | parent: UN | link: part_of | cameo: IGOUNO
org UNIFIL | United Nations Interim Force in Lebanon | alias: UNIFIL; Unifil | parent: UN | link: part_of | cameo: IGOUNO
org UNDOF | United Nations Disengagement Observer Force | alias: UNDOF | parent: UN | link: part_of | cameo: IGOUNO
org UNTSO | United Nations Truce Supervision Organization | alias: UNTSO | parent: UN | link: part_of | cameo: IGOUNO
org UNFICYP | United Nations Peacekeeping Force in Cyprus | alias: UNFICYP | parent: UN | link: part_of | cameo: IGOUNO
org UNMIK | United Nations Interim Administration Mission in Kosovo | alias: UNMIK | parent: UN | link: part_of | cameo: IGOUNO
org MONUSCO | United Nations Organization Stabilization Mission in the Democratic Republic of the Congo | alias: MONUSCO; Monusco | parent: UN | link: part_of | cameo: IGOUNO
org UNMISS | United Nations Mission in South Sudan | alias: UNMISS | parent: UN | link: part_of | cameo: IGOUNO
org UNISFA | United Nations Interim Security Force for Abyei | alias: UNISFA | parent: UN | link: part_of | cameo: IGOUNO
org MINUSCA | United Nations Multidimensional Integrated Stabilization Mission in the Central African Republic | alias: MINUSCA | parent: UN | link: part_of | cameo: IGOUNO
org MINUSMA | United Nations Multidimensional Integrated Stabilization Mission in Mali | alias: MINUSMA | parent: UN | link: part_of | cameo: IGOUNO
org MINURSO | United Nations Mission for the Referendum in Western Sahara | alias: MINURSO | parent: UN | link: part_of | cameo: IGOUNO
org UNAMA | United Nations Assistance Mission in Afghanistan | alias: UNAMA | parent: UN | link: part_of | cameo: IGOUNO
org UNAMI | United Nations Assistance Mission for Iraq | alias: UNAMI | parent: UN | link: part_of | cameo: IGOUNO
org UNSMIL | United Nations Support Mission in Libya | alias: UNSMIL | parent: UN | link: part_of | cameo: IGOUNO
org UNMOGIP | United Nations Military Observer Group in India and Pakistan | alias: UNMOGIP | parent: UN | link: part_of | cameo: IGOUNO
org UNSOM | United Nations Assistance Mission in Somalia | alias: UNSOM | parent: UN | link: part_of | cameo: IGOUNO

# ================================================================ international financial and trade bodies
org IMF | International Monetary Fund | alias: IMF | cameo: IGOBUSIMF
org WORLDBANK | World Bank | alias: World Bank Group; International Bank for Reconstruction and Development; IBRD | cameo: IGOUNODEVWBK
org WTO | World Trade Organization | alias: WTO; World Trade Organisation | cameo: IGOBUSWTO
org OECD | Organisation for Economic Co-operation and Development | alias: OECD; Organization for Economic Cooperation and Development | cameo: IGOBUS
org ADB | Asian Development Bank | cameo: IGOASADEVADB
org AFDB | African Development Bank | alias: AfDB | cameo: IGOAFRDEV
org AIIB | Asian Infrastructure Investment Bank | alias: AIIB | cameo: IGOASADEV
org EBRD | European Bank for Reconstruction and Development | alias: EBRD | cameo: IGOEURDEVEBR
org NDB | New Development Bank | alias: BRICS bank | cameo: IGODEV
org IEA | International Energy Agency | alias: IEA | cameo: IGOBUS
org OPEC | Organization of the Petroleum Exporting Countries | alias: OPEC; Organization of Petroleum Exporting Countries | cameo: IGOBUSOPC
org OPEC-PLUS | OPEC+ | alias: OPEC Plus | cameo: IGOBUSOPC

# ================================================================ European institutions
org EU | European Union | alias: EU; E.U. | cameo: IGOEUREEC
org EU-COMMISSION | European Commission | alias: EU Commission; E.U. Commission | parent: EU | link: part_of | cameo: IGOEUREEC
org EU-COUNCIL | European Council | parent: EU | link: part_of | cameo: IGOEUREEC
org EU-COUNCILOFEU | Council of the European Union | alias: Council of the EU; Council of Ministers of the European Union | parent: EU | link: part_of | cameo: IGOEUREEC
org EU-PARLIAMENT | European Parliament | alias: EU Parliament; E.U. Parliament | parent: EU | link: part_of | cameo: IGOEUREEC
org ECB | European Central Bank | alias: ECB | parent: EU | link: part_of | cameo: IGOEUREEC
org EEAS | European External Action Service | alias: EEAS; EU diplomatic service; EU foreign service | parent: EU | link: part_of | cameo: IGOEUREEC
org CJEU | Court of Justice of the European Union | alias: European Court of Justice; ECJ; CJEU; EU Court of Justice | parent: EU | link: part_of | cameo: IGOEUREEC
org FRONTEX | Frontex | alias: European Border and Coast Guard Agency | parent: EU | link: part_of | cameo: IGOEUREEC
org EULEX | European Union Rule of Law Mission in Kosovo | alias: EULEX | parent: EU | link: part_of | cameo: IGOEUREEC
org EUROGROUP | Eurogroup | parent: EU | link: part_of | cameo: IGOEUREEC
org COE | Council of Europe | cameo: IGOEURCOE
org ECHR | European Court of Human Rights | alias: ECtHR; Strasbourg court | parent: COE | link: part_of | cameo: IGOEURCOE
org OSCE | Organization for Security and Co-operation in Europe | alias: OSCE; Organization for Security and Cooperation in Europe; Organisation for Security and Co-operation in Europe | cameo: IGO

# ================================================================ security alliances and groupings
org NATO | North Atlantic Treaty Organization | alias: NATO; Nato; North Atlantic Alliance; Atlantic Alliance; North Atlantic Treaty Organisation | cameo: IGOWSTNAT
org NATO-NAC | North Atlantic Council | parent: NATO | link: part_of | cameo: IGOWSTNAT
org KFOR | Kosovo Force | alias: KFOR | parent: NATO | link: part_of | cameo: IGOWSTNAT
org ISAF | International Security Assistance Force | alias: ISAF | parent: NATO | link: part_of | cameo: IGOWSTNAT
org CSTO | Collective Security Treaty Organization | alias: CSTO | cameo: IGOCAS
org SCO | Shanghai Cooperation Organization | alias: SCO; Shanghai Cooperation Organisation | cameo: IGOCAS
org CIS | Commonwealth of Independent States | alias: CIS | cameo: IGOCASCIS
org EAEU | Eurasian Economic Union | alias: EAEU; EEU | cameo: IGOCAS
org QUAD | Quadrilateral Security Dialogue | alias: Quad
org AUKUS | AUKUS | alias: Aukus
org FIVE-EYES | Five Eyes
org G7 | Group of Seven | alias: G7; G-7; Group of 7 | cameo: IGOGOS
org G8 | Group of Eight | alias: G8; G-8 | cameo: IGOGOE
org G20 | Group of 20 | alias: G20; G-20; Group of Twenty
org BRICS | BRICS | alias: BRICS group
# The E3: Britain, France and Germany acting together on Iran's nuclear file.
org E3 | E3 | alias: E-3; EU3; EU-3
org NAM | Non-Aligned Movement | alias: Non-Aligned Movement countries
org COMMONWEALTH | Commonwealth of Nations | alias: Commonwealth Secretariat

# ================================================================ regional organizations
org AU | African Union | alias: AU; A.U. | cameo: IGOAFRAFU
org AU-PSC | African Union Peace and Security Council | alias: AU Peace and Security Council; Peace and Security Council | parent: AU | link: part_of | cameo: IGOAFRAFU
org AU-COMMISSION | African Union Commission | alias: AU Commission; AUC | parent: AU | link: part_of | cameo: IGOAFRAFU
org OAU | Organization of African Unity | alias: OAU; Organisation of African Unity | cameo: IGOAFR
org ECOMOG | Economic Community of West African States Monitoring Group | alias: ECOMOG | parent: ECOWAS | link: part_of | cameo: IGOWAFWAS
org AUSSOM | African Union Support and Stabilization Mission in Somalia | alias: AUSSOM; African Union Transition Mission in Somalia; ATMIS; African Union Mission in Somalia; AMISOM | parent: AU | link: part_of | cameo: IGOAFRAFU
org ECOWAS | Economic Community of West African States | alias: ECOWAS; Ecowas | cameo: IGOWAFWAS
org IGAD | Intergovernmental Authority on Development | alias: IGAD | cameo: IGOEAFDEVIAD
org SADC | Southern African Development Community | alias: SADC | cameo: IGOSAFDEVSAD
org EAC | East African Community | cameo: IGOEAFEAC
org ECCAS | Economic Community of Central African States | alias: ECCAS | cameo: IGOAFR
org AES | Alliance of Sahel States | alias: AES; Confederation of Sahel States | cameo: IGOAFR
org ARAB-LEAGUE | Arab League | alias: League of Arab States | cameo: IGOMEAARL
org GCC | Gulf Cooperation Council | alias: GCC; Cooperation Council for the Arab States of the Gulf
org OIC | Organization of Islamic Cooperation | alias: OIC; Organisation of Islamic Cooperation; Organization of the Islamic Conference | cameo: IGOMOSOIC
org OAS | Organization of American States | alias: OAS | cameo: IGOOAS
org CELAC | Community of Latin American and Caribbean States | alias: CELAC | cameo: IGOLAM
org MERCOSUR | Mercosur | alias: Mercosul; Southern Common Market | cameo: IGOSAM
org CARICOM | Caribbean Community | alias: CARICOM; Caricom | cameo: IGOCRB
org ASEAN | Association of Southeast Asian Nations | alias: ASEAN; Asean; Association of South East Asian Nations | cameo: IGOSEAASN
org APEC | Asia-Pacific Economic Cooperation | alias: APEC; Apec | cameo: IGOASABUS
org SAARC | South Asian Association for Regional Cooperation | alias: SAARC | cameo: IGOSASSAA
org PIF | Pacific Islands Forum | cameo: IGO
org ARCTIC-COUNCIL | Arctic Council | cameo: IGO

# ================================================================ courts and police
org ICC | International Criminal Court | alias: ICC | cameo: IGOJUDICC
org PCA | Permanent Court of Arbitration | cameo: IGOJUD
org INTERPOL | Interpol | alias: International Criminal Police Organization; INTERPOL | cameo: IGOCOPITP
org EUROPOL | Europol | parent: EU | link: part_of | cameo: IGOEUREEC

# ================================================================ NGOs and humanitarian organizations
org ICRC | International Committee of the Red Cross | alias: ICRC; Red Cross | country: CHE | link: based_in | cameo: NGOHLHIRC
org IFRC | International Federation of Red Cross and Red Crescent Societies | alias: IFRC; Red Crescent | country: CHE | link: based_in | cameo: NGOHLHIRC
org PRCS | Palestine Red Crescent Society | alias: Palestinian Red Crescent; Palestine Red Crescent; Palestinian Red Crescent Society | country: PSE | link: based_in | cameo: NGOHLHIRC
org SARC | Syrian Arab Red Crescent | alias: Syrian Red Crescent; SARC | country: SYR | link: based_in | cameo: NGOHLHIRC
org MSF | Doctors Without Borders | alias: Médecins Sans Frontières; Medecins Sans Frontieres; MSF | country: CHE | link: based_in | cameo: NGOHLHMSF
org AMNESTY | Amnesty International | alias: Amnesty | country: GBR | link: based_in | cameo: NGOHRIAMN
org HRW | Human Rights Watch | alias: HRW | country: USA | link: based_in | cameo: NGOHRI
org OXFAM | Oxfam | alias: Oxfam International | country: GBR | link: based_in | cameo: NGOHLH
org SAVE-THE-CHILDREN | Save the Children | country: GBR | link: based_in | cameo: NGOHLH
org IRC | International Rescue Committee | alias: IRC | country: USA | link: based_in | cameo: NGOHLH
org NRC | Norwegian Refugee Council | alias: NRC | country: NOR | link: based_in | cameo: NGOREF
org MERCY-CORPS | Mercy Corps | country: USA | link: based_in | cameo: NGOHLH
org RSF-NGO | Reporters Without Borders | alias: Reporters Sans Frontières; Reporters Sans Frontieres | country: FRA | link: based_in | cameo: NGOHRI
org CPJ | Committee to Protect Journalists | alias: CPJ | country: USA | link: based_in | cameo: NGOHRI
org CRISIS-GROUP | International Crisis Group | alias: Crisis Group; ICG | country: BEL | link: based_in | cameo: NGO
org SOHR | Syrian Observatory for Human Rights | alias: Syrian Observatory; SOHR | country: GBR | link: based_in | cameo: NGOHRI
org WHITE-HELMETS | White Helmets | alias: Syria Civil Defence; Syrian Civil Defense; Syria Civil Defense | country: SYR | link: based_in | cameo: NGOHLH
org TRANSPARENCY | Transparency International | country: DEU | link: based_in | cameo: NGO
org GREENPEACE | Greenpeace | country: NLD | link: based_in | cameo: NGOENV
org WEF | World Economic Forum | alias: WEF | country: CHE | link: based_in | cameo: NGO
org ISW | Institute for the Study of War | alias: ISW | country: USA | link: based_in | cameo: NGO
org SIPRI | Stockholm International Peace Research Institute | alias: SIPRI | country: SWE | link: based_in | cameo: NGO
org IISS | International Institute for Strategic Studies | alias: IISS | country: GBR | link: based_in | cameo: NGO
org ACLED | Armed Conflict Location and Event Data Project | alias: ACLED; Armed Conflict Location & Event Data Project | country: USA | link: based_in | cameo: NGO
org BTSELEM | B'Tselem | alias: B’Tselem | country: ISR | link: based_in | cameo: NGOHRI
org MEMORIAL | Memorial | alias: Memorial Human Rights Centre | country: RUS | link: based_in | cameo: NGOHRI

# ================================================================ armed and political groups
# --- global jihadist networks
org ISIL | Islamic State | kind: group | alias: Islamic State group; IS; ISIS; ISIL; Daesh; Daish; Islamic State of Iraq and the Levant; Islamic State of Iraq and Syria; Islamic State of Iraq and al-Sham | cameo: IMGMUSISI
org ISIS-K | Islamic State Khorasan Province | kind: group | alias: Islamic State Khorasan; ISIS-K; IS-K; ISKP; ISIS-Khorasan | country: AFG | parent: ISIL | cameo: IMGMUSISI
org ISWAP | Islamic State West Africa Province | kind: group | alias: ISWAP; Islamic State in West Africa | country: NGA | parent: ISIL | cameo: IMGMUSISI
org IS-SAHEL | Islamic State Sahel Province | kind: group | alias: Islamic State in the Greater Sahara; ISGS; Islamic State Sahel | parent: ISIL | cameo: IMGMUSISI
org ALQAIDA | al-Qaida | kind: group | alias: al-Qaeda; al Qaida; al Qaeda; Al-Qaida; Al-Qaeda; Al Qaeda; Al Qaida; al-Qa'ida; Qaeda | cameo: IMGMUSALQ
org AQAP | al-Qaida in the Arabian Peninsula | kind: group | alias: AQAP; al-Qaeda in the Arabian Peninsula; al Qaeda in the Arabian Peninsula; Al-Qaeda in the Arabian Peninsula | country: YEM | parent: ALQAIDA | cameo: IMGMUSALQ
org AQIM | al-Qaida in the Islamic Maghreb | kind: group | alias: AQIM; al-Qaeda in the Islamic Maghreb; al Qaeda in the Islamic Maghreb; Al-Qaeda in the Islamic Maghreb | parent: ALQAIDA | cameo: IMGMUSALQ
org AQIS | al-Qaida in the Indian Subcontinent | kind: group | alias: AQIS; al-Qaeda in the Indian Subcontinent | parent: ALQAIDA | cameo: IMGMUSALQ
org JNIM | Jama'at Nusrat al-Islam wal-Muslimin | kind: group | alias: JNIM; Group for the Support of Islam and Muslims; Jamaat Nusrat al-Islam wal-Muslimin | country: MLI | parent: ALQAIDA | cameo: IMGMUSALQ
org ALSHABAB | al-Shabab | kind: group | alias: al-Shabaab; al Shabab; al Shabaab; Al-Shabab; Al-Shabaab; Al Shabaab; Shabab; Shabaab; Harakat al-Shabaab al-Mujahideen | country: SOM | cameo: SOMREB
org BOKO-HARAM | Boko Haram | kind: group | alias: Jama'atu Ahlis Sunna Lidda'awati wal-Jihad | country: NGA | cameo: NGAREB
# --- Syria
org HTS | Hayat Tahrir al-Sham | kind: group | alias: HTS; Hay'at Tahrir al-Sham; Hay’at Tahrir al-Sham; Tahrir al-Sham; Hayat Tahrir al Sham; Levant Liberation Committee | country: SYR | cameo: SYRREB
org NUSRA | Nusra Front | kind: group | alias: al-Nusra Front; Al-Nusra Front; Jabhat al-Nusra; Jabhat al-Nusrah; al-Nusra; Nusra; Jabhat Fatah al-Sham; Jabhat Fateh al-Sham | country: SYR | cameo: SYRREB
org FSA | Free Syrian Army | kind: group | alias: FSA | country: SYR | cameo: SYRREB
org SNA | Syrian National Army | kind: group | alias: SNA; Turkish-backed Syrian National Army | country: SYR | cameo: SYRREB
org SNC | National Coalition for Syrian Revolutionary and Opposition Forces | kind: group | alias: Syrian National Coalition; Syrian Opposition Coalition; National Coalition of Syrian Revolution and Opposition Forces | country: SYR | cameo: SYROPP
org AHRAR | Ahrar al-Sham | kind: group | alias: Ahrar al Sham; Harakat Ahrar al-Sham | country: SYR | cameo: SYRREB
org JAISH-ISLAM | Jaish al-Islam | kind: group | alias: Army of Islam | country: SYR | cameo: SYRREB
org SDF | Syrian Democratic Forces | kind: group | alias: SDF | country: SYR | cameo: SYRREB
org YPG | People's Protection Units | kind: group | alias: YPG; Kurdish People's Protection Units; Yekineyen Parastina Gel | country: SYR | cameo: SYRREB
org YPJ | Women's Protection Units | kind: group | alias: YPJ | country: SYR | cameo: SYRREB
org PYD | Democratic Union Party | kind: group | alias: PYD | country: SYR | cameo: SYROPP
org SYR-SAA | Syrian Arab Army | alias: SAA | country: SYR | cameo: SYRMIL
# --- Turkey, Iraq, Kurds
org PKK | Kurdistan Workers' Party | kind: group | alias: PKK; Kurdistan Workers Party; Partiya Karkeren Kurdistane | country: TUR | cameo: TURREB
org KRG | Kurdistan Regional Government | alias: KRG; Kurdish Regional Government; Iraqi Kurdistan regional government | country: IRQ | cameo: IRQGOV
org PESHMERGA | Peshmerga | alias: Kurdish Peshmerga; Pesh Merga | country: IRQ | cameo: IRQMIL
org PMF | Popular Mobilization Forces | kind: group | alias: Popular Mobilisation Forces; PMF; PMU; Popular Mobilization Units; Hashd al-Shaabi; Hashed al-Shaabi; al-Hashd al-Shaabi | country: IRQ | cameo: IRQMIL
org KATAIB-HEZBOLLAH | Kataib Hezbollah | kind: group | alias: Kata'ib Hezbollah; Kataeb Hezbollah; Kataib Hizbollah | country: IRQ | cameo: IRQREB
org ISLAMIC-RESISTANCE-IRAQ | Islamic Resistance in Iraq | kind: group | country: IRQ | cameo: IRQREB
# --- Lebanon, Palestine, Israel
org HEZBOLLAH | Hezbollah | kind: group | alias: Hizbollah; Hizballah; Hizbullah; Hezbollah movement | country: LBN | cameo: LBNREB
org AMAL | Amal Movement | kind: group | alias: Amal movement | country: LBN | cameo: LBNPTY
org HAMAS | Hamas | kind: group | alias: Islamic Resistance Movement; HAMAS; Harakat al-Muqawama al-Islamiya | country: PSE | cameo: PSEREBHMS
org QASSAM | Izz ad-Din al-Qassam Brigades | kind: group | alias: Qassam Brigades; al-Qassam Brigades; Al-Qassam Brigades; Ezzedine al-Qassam Brigades; Izz el-Deen al-Qassam Brigades; Izz al-Din al-Qassam Brigades | country: PSE | parent: HAMAS | cameo: PSEREBHMS
org PIJ | Palestinian Islamic Jihad | kind: group | alias: Islamic Jihad; PIJ; Islamic Jihad movement | country: PSE | cameo: PSEREB
org AL-QUDS-BRIGADES | al-Quds Brigades | kind: group | alias: Al-Quds Brigades; Saraya al-Quds | country: PSE | parent: PIJ | cameo: PSEREB
org AL-AQSA-BRIGADES | Al-Aqsa Martyrs Brigades | kind: group | alias: al-Aqsa Martyrs Brigades; Al-Aqsa Martyrs' Brigade; al-Aqsa Martyrs Brigade | country: PSE | cameo: PSEREB
org PFLP | Popular Front for the Liberation of Palestine | kind: group | alias: PFLP | country: PSE | cameo: PSEREB
org FATAH | Fatah | kind: group | alias: Fateh; Fatah movement | country: PSE | cameo: PSEPTY
org PLO | Palestine Liberation Organization | alias: PLO; Palestine Liberation Organisation | country: PSE | cameo: PSEGOV
org PSE-PA | Palestinian Authority | alias: Palestinian National Authority; PNA | country: PSE | cameo: PSEGOV
# --- Yemen, Gulf
org HOUTHIS | Houthis | kind: group | alias: Houthi movement; Ansar Allah; Ansarallah; Ansar Allah movement; Huthis | adj: Houthi; Huthi | country: YEM | cameo: YEMREB
org STC | Southern Transitional Council | kind: group | alias: STC | country: YEM | cameo: YEMREB
org YEM-PLC | Presidential Leadership Council | alias: Yemen Presidential Leadership Council | country: YEM | cameo: YEMGOV
# --- Afghanistan, Pakistan, India
org TALIBAN | Taliban | kind: group | alias: Afghan Taliban; Islamic Emirate | country: AFG | cameo: AFGREB
org TTP | Tehrik-i-Taliban Pakistan | kind: group | alias: TTP; Pakistani Taliban; Tehreek-e-Taliban Pakistan; Tehrik-e-Taliban Pakistan | country: PAK | cameo: PAKREB
org HAQQANI | Haqqani network | kind: group | alias: Haqqani Network | country: AFG | cameo: AFGREB
org LET | Lashkar-e-Taiba | kind: group | alias: LeT; Lashkar-e-Toiba; Lashkar-e-Tayyiba | country: PAK | cameo: PAKREB
org JEM-PAK | Jaish-e-Mohammed | kind: group | alias: JeM; Jaish-e-Mohammad; Jaish-e-Muhammad | country: PAK | cameo: PAKREB
org BLA | Baloch Liberation Army | kind: group | alias: BLA; Balochistan Liberation Army | country: PAK | cameo: PAKREB
org TRF | Resistance Front | kind: group | alias: TRF | country: IND | cameo: INDREB
# --- Africa
org RSF | Rapid Support Forces | kind: group | alias: RSF; Sudan's Rapid Support Forces | country: SDN | cameo: SDNREB
org SDN-SAF | Sudanese Armed Forces | alias: SAF; Sudan Armed Forces | country: SDN | cameo: SDNMIL
org JANJAWEED | Janjaweed | kind: group | alias: Janjawid | country: SDN | cameo: SDNREB
org SPLM-N | Sudan People's Liberation Movement-North | kind: group | alias: SPLM-N; SPLM-North | country: SDN | cameo: SDNREB
org SLM | Sudan Liberation Movement | kind: group | alias: SLM; Sudan Liberation Army; SLA | country: SDN | cameo: SDNREB
org JEM-SDN | Justice and Equality Movement | kind: group | alias: JEM | country: SDN | cameo: SDNREB
org SPLM-IO | Sudan People's Liberation Movement-in-Opposition | kind: group | alias: SPLM-IO; SPLA-IO | country: SSD | cameo: SSDREB
org TPLF | Tigray People's Liberation Front | kind: group | alias: TPLF; Tigrayan People's Liberation Front | country: ETH | cameo: ETHREB
org TDF | Tigray Defense Forces | kind: group | alias: Tigray Defence Forces; TDF | country: ETH | cameo: ETHREB
org FANO | Fano | kind: group | alias: Fano militia | country: ETH | cameo: ETHREB
org OLA | Oromo Liberation Army | kind: group | alias: OLA | country: ETH | cameo: ETHREB
org M23 | M23 | kind: group | alias: March 23 Movement; Mouvement du 23 Mars | country: COD | cameo: CODREB
org AFC | Alliance Fleuve Congo | kind: group | alias: Congo River Alliance; AFC/M23 | country: COD | cameo: CODREB
org ADF-UGA | Allied Democratic Forces | kind: group | country: COD | cameo: CODREB
org FDLR | Democratic Forces for the Liberation of Rwanda | kind: group | alias: FDLR | country: COD | cameo: CODREB
org CODECO | CODECO | kind: group | alias: Cooperative for the Development of Congo | country: COD | cameo: CODREB
org POLISARIO | Polisario Front | kind: group | alias: Polisario; Frente Polisario | country: ESH | cameo: ESHREB
org LNA | Libyan National Army | kind: group | alias: LNA; Libyan Arab Armed Forces; LAAF | country: LBY | cameo: LBYREB
org MUSLIM-BROTHERHOOD | Muslim Brotherhood | kind: group | alias: Brotherhood; Society of the Muslim Brothers | country: EGY
org AMBAZONIA | Ambazonia Defence Forces | kind: group | alias: Ambazonian separatists | country: CMR | cameo: CMRREB
# --- Armed and political groups of the 1980s-2000s that event data still
#     codes (the era of the CAMEO manual's examples)
org UNITA | National Union for the Total Independence of Angola | kind: group | alias: UNITA | country: AGO | cameo: AGOREB
org MPLA | Popular Movement for the Liberation of Angola | kind: group | alias: MPLA | country: AGO | cameo: AGOPTY
org LTTE | Liberation Tigers of Tamil Eelam | kind: group | alias: LTTE; Tamil Tigers; Liberation Tigers | country: LKA | cameo: LKAREB
org NPFL | National Patriotic Front of Liberia | kind: group | alias: NPFL | country: LBR | cameo: LBRREB
org SPLM | Sudan People's Liberation Movement | kind: group | alias: SPLM; SPLA; SPLM/A; Sudan People's Liberation Army; Sudan People's Liberation Movement/Army | country: SSD | cameo: SSDPTY
org KHMER-ROUGE | Khmer Rouge | kind: group | country: KHM | cameo: KHMREB
org KLA | Kosovo Liberation Army | kind: group | alias: KLA; UCK | country: KSV | cameo: KSVREB
org IRA | Irish Republican Army | kind: group | alias: IRA; Provisional IRA; Provisional Irish Republican Army | country: GBR | cameo: GBRREB
org RUF | Revolutionary United Front | kind: group | alias: RUF | country: SLE | cameo: SLEREB
org SHINING-PATH | Shining Path | kind: group | alias: Sendero Luminoso | country: PER | cameo: PERREB
org EZLN | Zapatista Army of National Liberation | kind: group | alias: EZLN; Zapatistas | country: MEX | cameo: MEXREB
org FIS | Islamic Salvation Front | kind: group | alias: FIS | country: DZA | cameo: DZAOPP
org RENAMO | Renamo | kind: group | alias: RENAMO; Mozambican National Resistance | country: MOZ | cameo: MOZREB
org FRELIMO | Frelimo | kind: group | alias: FRELIMO; Mozambique Liberation Front | country: MOZ | cameo: MOZPTY
org RPF | Rwandan Patriotic Front | kind: group | alias: RPF | country: RWA | cameo: RWAPTY
org INTERAHAMWE | Interahamwe | kind: group | country: RWA | cameo: RWAREB
org SOUTH-LEBANON-ARMY | South Lebanon Army | kind: group | country: LBN | cameo: LBNREB
org KDP | Kurdistan Democratic Party | kind: group | alias: KDP | country: IRQ | cameo: IRQPTY
org PUK | Patriotic Union of Kurdistan | kind: group | alias: PUK | country: IRQ | cameo: IRQPTY
org MAHDI-ARMY | Mahdi Army | kind: group | alias: Jaish al-Mahdi | country: IRQ | cameo: IRQREB
org NORTHERN-ALLIANCE | Northern Alliance | kind: group | alias: United Islamic Front | country: AFG | cameo: AFGREB
org HOMELAND-UNION | Homeland Union | kind: group | alias: Homeland Union-Lithuanian Christian Democrats | country: LTU | cameo: LTUPTY
# --- Russia and the post-Soviet space
org WAGNER | Wagner Group | kind: group | alias: Wagner; Wagner PMC; PMC Wagner; Wagner mercenary group | country: RUS
org AFRICA-CORPS | Africa Corps | kind: group | alias: Russian Africa Corps | country: RUS
org AZOV | Azov Brigade | alias: Azov Regiment; Azov Battalion; Azov | country: UKR | cameo: UKRMIL
org DPR | Donetsk People's Republic | kind: group | alias: DPR; DNR | country: UKR | cameo: UKRREB
org LPR | Luhansk People's Republic | kind: group | alias: LPR; LNR; Lugansk People's Republic | country: UKR | cameo: UKRREB
# --- Asia and the Americas
org TATMADAW | Tatmadaw | alias: Myanmar military; Myanmar junta; State Administration Council | country: MMR | cameo: MMRMIL
org NUG | National Unity Government | alias: NUG; National Unity Government of Myanmar | country: MMR | cameo: MMROPP
org ARAKAN-ARMY | Arakan Army | kind: group | country: MMR | cameo: MMRREB
org KIA-MMR | Kachin Independence Army | kind: group | alias: Kachin Independence Organization | country: MMR | cameo: MMRREB
org MNDAA | Myanmar National Democratic Alliance Army | kind: group | alias: MNDAA | country: MMR | cameo: MMRREB
org NPA | New People's Army | kind: group | alias: NPA | country: PHL | cameo: PHLREB
org ABU-SAYYAF | Abu Sayyaf | kind: group | alias: Abu Sayyaf Group; ASG | country: PHL | cameo: PHLREB
org MILF | Moro Islamic Liberation Front | kind: group | alias: MILF | country: PHL | cameo: PHLREB
org FARC | Revolutionary Armed Forces of Colombia | kind: group | alias: FARC; FARC-EP | country: COL | cameo: COLREB
org ELN | National Liberation Army | kind: group | alias: ELN; Ejército de Liberación Nacional | country: COL | cameo: COLREB
org TREN-DE-ARAGUA | Tren de Aragua | kind: group | country: VEN
org SINALOA | Sinaloa Cartel | kind: group | alias: Sinaloa cartel | country: MEX
org CJNG | Jalisco New Generation Cartel | kind: group | alias: CJNG; Jalisco cartel | country: MEX

# ================================================================ political parties
org CHN-CPC | Communist Party of China | alias: Chinese Communist Party; CCP; CPC; Communist Party of China Central Committee | country: CHN | cameo: CHNGOV
org PRK-WPK | Workers' Party of Korea | alias: WPK; Korean Workers' Party; Workers Party of Korea | country: PRK | cameo: PRKGOV
org VNM-CPV | Communist Party of Vietnam | alias: Vietnamese Communist Party | country: VNM | cameo: VNMGOV
org RUS-UR | United Russia | country: RUS
org TUR-AKP | Justice and Development Party | alias: AKP; AK Party | country: TUR
org TUR-CHP | Republican People's Party | alias: CHP | country: TUR
org ISR-LIKUD | Likud | alias: Likud party | country: ISR
org IND-BJP | Bharatiya Janata Party | alias: BJP | country: IND
org IND-INC | Indian National Congress | alias: Congress party; Congress Party | country: IND
org PAK-PTI | Pakistan Tehreek-e-Insaf | alias: Pakistan Tehreek-i-Insaf | country: PAK
org ZAF-ANC | African National Congress | alias: ANC | country: ZAF
org JPN-LDP | Liberal Democratic Party | alias: LDP | country: JPN
org USA-GOP | Republican Party | alias: GOP | country: USA
org USA-DEMS | Democratic Party | alias: Democratic National Committee; DNC | country: USA
org VEN-PSUV | United Socialist Party of Venezuela | alias: PSUV | country: VEN

# ================================================================ named government bodies: United States
org USA-STATE | State Department | alias: U.S. State Department; US State Department; Department of State; U.S. Department of State; US Department of State; United States Department of State; State Dept. | country: USA | cameo: USAGOV
org USA-DOD | Pentagon | alias: Department of Defense; Defense Department; U.S. Department of Defense; U.S. Defense Department; US Defense Department; US Department of Defense; Department of War; War Department; U.S. Department of War | country: USA | cameo: USAMIL
org USA-TREASURY | Treasury Department | alias: U.S. Treasury; US Treasury; Treasury; Department of the Treasury; U.S. Treasury Department; US Treasury Department; U.S. Department of the Treasury | country: USA | cameo: USAGOV
org USA-OFAC | Office of Foreign Assets Control | alias: OFAC | country: USA | parent: USA-TREASURY | cameo: USAGOV
org USA-CONGRESS | Congress | alias: U.S. Congress; US Congress; United States Congress | country: USA | cameo: USALEG
org USA-SENATE | Senate | alias: U.S. Senate; US Senate; United States Senate | country: USA | parent: USA-CONGRESS | cameo: USALEG
org USA-SFRC | Senate Foreign Relations Committee | alias: U.S. Senate Foreign Relations Committee | country: USA | parent: USA-SENATE | cameo: USALEG
org USA-SASC | Senate Armed Services Committee | country: USA | parent: USA-SENATE | cameo: USALEG
org USA-HOUSE | House of Representatives | alias: U.S. House of Representatives; US House of Representatives; U.S. House; US House | country: USA | parent: USA-CONGRESS | cameo: USALEG
org USA-HFAC | House Foreign Affairs Committee | country: USA | parent: USA-HOUSE | cameo: USALEG
org USA-CIA | Central Intelligence Agency | alias: CIA | country: USA | cameo: USASPY
org USA-FBI | Federal Bureau of Investigation | alias: FBI | country: USA | cameo: USACOP
org USA-NSA | National Security Agency | alias: NSA | country: USA | cameo: USASPY
org USA-ODNI | Office of the Director of National Intelligence | alias: ODNI | country: USA | cameo: USASPY
org USA-NSC | National Security Council | alias: White House National Security Council; U.S. National Security Council; NSC | country: USA | cameo: USAGOV
org USA-DOJ | Justice Department | alias: Department of Justice; U.S. Justice Department; US Justice Department; U.S. Department of Justice; DOJ | country: USA | cameo: USAJUD
org USA-COMMERCE | Commerce Department | alias: Department of Commerce; U.S. Commerce Department; US Commerce Department; U.S. Department of Commerce | country: USA | cameo: USAGOV
org USA-DHS | Department of Homeland Security | alias: Homeland Security Department; DHS; U.S. Department of Homeland Security; Homeland Security | country: USA | cameo: USAGOV
org USA-ENERGY | Energy Department | alias: Department of Energy; U.S. Energy Department; U.S. Department of Energy | country: USA | cameo: USAGOV
org USA-USTR | Office of the United States Trade Representative | alias: USTR; Office of the U.S. Trade Representative | country: USA | cameo: USAGOV
org USA-USAID | U.S. Agency for International Development | alias: USAID; United States Agency for International Development; US Agency for International Development | country: USA | cameo: USAGOV
org USA-FED | Federal Reserve | alias: U.S. Federal Reserve; Fed | country: USA | cameo: USAGOV
org USA-CENTCOM | U.S. Central Command | alias: CENTCOM; Centcom; US Central Command; United States Central Command | country: USA | cameo: USAMIL
org USA-INDOPACOM | U.S. Indo-Pacific Command | alias: INDOPACOM; Indo-Pacific Command; US Indo-Pacific Command | country: USA | cameo: USAMIL
org USA-EUCOM | U.S. European Command | alias: EUCOM; US European Command | country: USA | cameo: USAMIL
org USA-AFRICOM | U.S. Africa Command | alias: AFRICOM; Africom; US Africa Command | country: USA | cameo: USAMIL
org USA-SOUTHCOM | U.S. Southern Command | alias: SOUTHCOM; Southcom; US Southern Command | country: USA | cameo: USAMIL

# ================================================================ named government bodies: Russia
org RUS-FSB | Federal Security Service | alias: FSB | country: RUS | cameo: RUSSPY
org RUS-SVR | Foreign Intelligence Service | alias: SVR | country: RUS | cameo: RUSSPY
org RUS-GRU | GRU | alias: Russian military intelligence | country: RUS | cameo: RUSSPY
org RUS-DUMA | State Duma | alias: Duma; Russian Duma | country: RUS | cameo: RUSLEG
org RUS-FEDCOUNCIL | Federation Council | alias: Russian Federation Council | country: RUS | cameo: RUSLEG
org RUS-SECCOUNCIL | Security Council of Russia | alias: Russian Security Council; Security Council of the Russian Federation | country: RUS | cameo: RUSGOV
org RUS-ROSGVARDIA | Rosgvardia | alias: National Guard of Russia; Russian National Guard | country: RUS | cameo: RUSCOP
org RUS-ROSATOM | Rosatom | country: RUS | link: based_in
org RUS-GAZPROM | Gazprom | country: RUS | link: based_in
# State news agencies are organs of their state (part_of, the default); a
# privately or cooperatively owned one (Yonhap, Kyodo) is only based there.
org RUS-TASS | TASS | alias: Tass | country: RUS
org RUS-RIA | RIA Novosti | country: RUS

# ================================================================ named government bodies: China
org CHN-PLA | People's Liberation Army | alias: PLA; Chinese People's Liberation Army | country: CHN | cameo: CHNMIL
org CHN-PLAN | People's Liberation Army Navy | alias: PLA Navy; PLAN | country: CHN | parent: CHN-PLA | cameo: CHNMIL
org CHN-EASTERN-THEATER | Eastern Theater Command | alias: PLA Eastern Theater Command; Eastern Theatre Command | country: CHN | parent: CHN-PLA | cameo: CHNMIL
org CHN-CMC | Central Military Commission | alias: CMC | country: CHN | cameo: CHNMIL
org CHN-NPC | National People's Congress | alias: NPC | country: CHN | cameo: CHNLEG
org CHN-STATECOUNCIL | State Council | alias: State Council of China | country: CHN | cameo: CHNGOV
org CHN-POLITBURO | Politburo Standing Committee | country: CHN | parent: CHN-CPC | cameo: CHNGOV
org CHN-MSS | Ministry of State Security | alias: MSS | country: CHN | cameo: CHNSPY
org CHN-TAO | Taiwan Affairs Office | country: CHN | cameo: CHNGOV
org CHN-CCG | China Coast Guard | alias: CCG | country: CHN | cameo: CHNMIL
org CHN-XINHUA | Xinhua | alias: Xinhua News Agency | country: CHN
org CHN-GLOBALTIMES | Global Times | country: CHN | link: based_in

# ================================================================ named government bodies: Britain, France, Germany and Europe
org GBR-FCDO | Foreign, Commonwealth and Development Office | alias: FCDO; Foreign and Commonwealth Office; FCO | country: GBR | cameo: GBRGOV
org GBR-HOMEOFFICE | Home Office | country: GBR | cameo: GBRGOV
org GBR-HMT | HM Treasury | alias: Her Majesty's Treasury; His Majesty's Treasury | country: GBR | cameo: GBRGOV
org GBR-COMMONS | House of Commons | alias: Commons | country: GBR | cameo: GBRLEG
org GBR-LORDS | House of Lords | country: GBR | cameo: GBRLEG
org GBR-MI6 | Secret Intelligence Service | alias: MI6 | country: GBR | cameo: GBRSPY
org GBR-MI5 | MI5 | country: GBR | cameo: GBRSPY
org GBR-GCHQ | Government Communications Headquarters | alias: GCHQ | country: GBR | cameo: GBRSPY
org DEU-BUNDESTAG | Bundestag | alias: German Bundestag | country: DEU | cameo: DEULEG
org DEU-BUNDESRAT | Bundesrat | country: DEU | cameo: DEULEG
org DEU-BUNDESWEHR | Bundeswehr | country: DEU | cameo: DEUMIL
org DEU-BND | Federal Intelligence Service | alias: BND | country: DEU | cameo: DEUSPY
org FRA-DGSE | Directorate-General for External Security | alias: DGSE | country: FRA | cameo: FRASPY

# ================================================================ named government bodies: Middle East
org ISR-IDF | Israel Defense Forces | alias: IDF; Israeli Defense Forces; Israel Defence Forces; Israeli Defence Forces | country: ISR | cameo: ISRMIL
org ISR-KNESSET | Knesset | alias: Israeli Knesset | country: ISR | cameo: ISRLEG
org ISR-MOSSAD | Mossad | country: ISR | cameo: ISRSPY
org ISR-SHINBET | Shin Bet | alias: Shabak; Israel Security Agency | country: ISR | cameo: ISRSPY
org ISR-COGAT | Coordinator of Government Activities in the Territories | alias: COGAT | country: ISR | cameo: ISRMIL
org IRN-IRGC | Islamic Revolutionary Guard Corps | alias: IRGC; Revolutionary Guards; Revolutionary Guard; Revolutionary Guard Corps; Iranian Revolutionary Guard Corps; Islamic Revolutionary Guards Corps | country: IRN | cameo: IRNMIL
org IRN-QUDS | Quds Force | alias: IRGC Quds Force; Qods Force | country: IRN | parent: IRN-IRGC | cameo: IRNMIL
org IRN-BASIJ | Basij | alias: Basij militia | country: IRN | parent: IRN-IRGC | cameo: IRNMIL
org IRN-AEOI | Atomic Energy Organization of Iran | alias: AEOI | country: IRN | cameo: IRNGOV
org IRN-GUARDIAN | Guardian Council | alias: Council of Guardians; Guardians Council | country: IRN | cameo: IRNGOV
org IRN-EXPERTS | Assembly of Experts | country: IRN | cameo: IRNGOV
org IRN-SNSC | Supreme National Security Council | alias: SNSC | country: IRN | cameo: IRNGOV
org IRN-IRNA | Islamic Republic News Agency | alias: IRNA | country: IRN
org TUR-TBMM | Grand National Assembly of Turkey | alias: Turkish Grand National Assembly; Grand National Assembly | country: TUR | cameo: TURLEG
org TUR-MIT | National Intelligence Organization | alias: Turkish National Intelligence Organization | country: TUR | cameo: TURSPY
org TUR-ANADOLU | Anadolu Agency | alias: Anadolu | country: TUR
org SYR-SANA | Syrian Arab News Agency | alias: SANA | country: SYR
org SAU-SPA | Saudi Press Agency | alias: SPA | country: SAU
org SAU-ARAMCO | Saudi Aramco | alias: Aramco | country: SAU | link: based_in
org PSE-WAFA | WAFA | alias: Wafa; Wafa news agency | country: PSE
org EGY-MENA | Middle East News Agency | country: EGY
org QAT-QNA | Qatar News Agency | alias: QNA | country: QAT
org ARE-WAM | Emirates News Agency | alias: WAM | country: ARE

# ================================================================ named government bodies: Asia
org PRK-KPA | Korean People's Army | alias: KPA | country: PRK | cameo: PRKMIL
org PRK-KCNA | Korean Central News Agency | alias: KCNA | country: PRK
org PRK-SPA | Supreme People's Assembly | country: PRK | cameo: PRKLEG
org KOR-NIS | National Intelligence Service | alias: NIS | country: KOR | cameo: KORSPY
org KOR-YONHAP | Yonhap | alias: Yonhap News Agency | country: KOR | link: based_in
org JPN-SDF | Japan Self-Defense Forces | alias: Self-Defense Forces; JSDF; Japan Self-Defence Forces; Self-Defence Forces | country: JPN | cameo: JPNMIL
org JPN-DIET | National Diet | alias: Japanese Diet | country: JPN | cameo: JPNLEG
org JPN-KYODO | Kyodo News | alias: Kyodo | country: JPN | link: based_in
org IND-LOKSABHA | Lok Sabha | country: IND | cameo: INDLEG
org IND-RAJYASABHA | Rajya Sabha | country: IND | cameo: INDLEG
org IND-RAW | Research and Analysis Wing | alias: R&AW | country: IND | cameo: INDSPY
org PAK-ISI | Inter-Services Intelligence | alias: ISI | country: PAK | cameo: PAKSPY
org PAK-ISPR | Inter-Services Public Relations | alias: ISPR | country: PAK | cameo: PAKMIL
org PHL-AFP | Armed Forces of the Philippines | country: PHL | cameo: PHLMIL
org TWN-MAC | Mainland Affairs Council | country: TWN | cameo: TWNGOV
org TWN-LY | Legislative Yuan | country: TWN | cameo: TWNLEG

# ================================================================ named government bodies: Ukraine and others
org UKR-RADA | Verkhovna Rada | alias: Rada; Ukrainian parliament Verkhovna Rada | country: UKR | cameo: UKRLEG
org UKR-SBU | Security Service of Ukraine | alias: SBU | country: UKR | cameo: UKRSPY
org UKR-HUR | Main Intelligence Directorate of Ukraine | alias: HUR; GUR | country: UKR | cameo: UKRSPY
org UKR-UKRINFORM | Ukrinform | country: UKR | link: based_in
org LBN-LAF | Lebanese Armed Forces | alias: LAF | country: LBN | cameo: LBNMIL
org EGY-SCAF | Supreme Council of the Armed Forces | alias: SCAF | country: EGY | cameo: EGYMIL
