# Countries: every UN member state (193), the two UN observer states, and
# disputed or partially recognized entities and a few territories that act
# in international news.
#
# ID: ISO 3166-1 alpha-3. Entities without an ISO code use the CAMEO code
# (KSV Kosovo) or, where CAMEO has none, a Natural Earth style code
# (CYN Northern Cyprus, SOL Somaliland) or a common abbreviation
# (ABK Abkhazia, OST South Ossetia, PMR Transnistria).
#
# Ambiguity decisions (aliases matched case-sensitively on word boundaries):
# - "Korea" and "Korean(s)" are not listed: they do not tell North from South.
# - plain "Congo" and "Congolese" go to COD (the usual news meaning);
#   COG only gets its distinguishing names.
# - "Dominican" is the adjective of the Dominican Republic only (not Dominica).
# - "Brussels" is NOT a seat of Belgium: in diplomatic news it stands for the
#   European Union; it is in places.lex. "The Hague" is in places.lex too.
# - Capitals that are common words or other well-known places are left out:
#   Victoria (Seychelles), Georgetown (Guyana; Georgetown University),
#   St. John's (Antigua), St. George's (Grenada), plain "San Jose" (use
#   San José), plain "Male" (use Malé), Kingstown is kept, Sofia is kept.
# - "Persian" is not an adjective of Iran ("Persian Gulf"); "Pole" is not a
#   demonym of Poland ("North Pole"); "Emirates" (the airline) is not listed.
# - "Georgia" is the country; "Jordan", "Chad", "Turkey" are the country names.
# - Capitals identical to the country name (Singapore, Monaco, Luxembourg,
#   Djibouti, Kuwait City is kept, San Marino, Vatican) are not repeated.
# - tests/lexicon_coverage.rs checks that every member resolves by its name,
#   a demonym and its capital, and pins the exceptions above.

# ---------------------------------------------------------------- Africa
country DZA | Algeria | alias: People's Democratic Republic of Algeria | adj: Algerian; Algerians | seat: Algiers
country AGO | Angola | alias: Republic of Angola | adj: Angolan; Angolans | seat: Luanda
country BEN | Benin | alias: Republic of Benin | adj: Beninese | seat: Porto-Novo; Cotonou
country BWA | Botswana | alias: Republic of Botswana | adj: Motswana; Batswana; Botswanan | seat: Gaborone
country BFA | Burkina Faso | alias: Burkina | adj: Burkinabe; Burkinabè | seat: Ouagadougou
country BDI | Burundi | alias: Republic of Burundi | adj: Burundian; Burundians | seat: Gitega; Bujumbura
country CPV | Cape Verde | alias: Cabo Verde; Republic of Cabo Verde | adj: Cape Verdean; Cape Verdeans | seat: Praia
country CMR | Cameroon | alias: Republic of Cameroon | adj: Cameroonian; Cameroonians | seat: Yaounde; Yaoundé
country CAF | Central African Republic | alias: CAR | adj: Central African; Central Africans | seat: Bangui
country TCD | Chad | alias: Republic of Chad | adj: Chadian; Chadians | seat: N'Djamena; Ndjamena
country COM | Comoros | alias: Union of the Comoros | adj: Comorian; Comorians | seat: Moroni
country COD | Democratic Republic of the Congo | alias: Democratic Republic of Congo; DR Congo; D.R. Congo; DRC; Congo-Kinshasa; Congo | adj: Congolese | seat: Kinshasa
country COG | Republic of the Congo | alias: Republic of Congo; Congo-Brazzaville; Congo Republic | seat: Brazzaville
country CIV | Ivory Coast | alias: Côte d'Ivoire; Cote d'Ivoire; Côte d’Ivoire; Republic of Côte d'Ivoire | adj: Ivorian; Ivorians | seat: Yamoussoukro; Abidjan
country DJI | Djibouti | alias: Republic of Djibouti | adj: Djiboutian; Djiboutians
country EGY | Egypt | alias: Arab Republic of Egypt | adj: Egyptian; Egyptians | seat: Cairo
country GNQ | Equatorial Guinea | alias: Republic of Equatorial Guinea | adj: Equatorial Guinean; Equatorial Guineans; Equatoguinean | seat: Malabo
country ERI | Eritrea | alias: State of Eritrea | adj: Eritrean; Eritreans | seat: Asmara
country SWZ | Eswatini | alias: Swaziland; Kingdom of Eswatini | adj: Swazi; Swazis | seat: Mbabane
country ETH | Ethiopia | alias: Federal Democratic Republic of Ethiopia | adj: Ethiopian; Ethiopians | seat: Addis Ababa
country GAB | Gabon | alias: Gabonese Republic | adj: Gabonese | seat: Libreville
country GMB | Gambia | alias: Republic of The Gambia | adj: Gambian; Gambians | seat: Banjul
country GHA | Ghana | alias: Republic of Ghana | adj: Ghanaian; Ghanaians | seat: Accra
country GIN | Guinea | alias: Republic of Guinea; Guinea-Conakry | adj: Guinean; Guineans | seat: Conakry
country GNB | Guinea-Bissau | alias: Guinea Bissau; Republic of Guinea-Bissau | adj: Bissau-Guinean; Bissau-Guineans | seat: Bissau
country KEN | Kenya | alias: Republic of Kenya | adj: Kenyan; Kenyans | seat: Nairobi
country LSO | Lesotho | alias: Kingdom of Lesotho | adj: Mosotho; Basotho | seat: Maseru
country LBR | Liberia | alias: Republic of Liberia | adj: Liberian; Liberians | seat: Monrovia
country LBY | Libya | alias: State of Libya | adj: Libyan; Libyans | seat: Tripoli
country MDG | Madagascar | alias: Republic of Madagascar | adj: Malagasy | seat: Antananarivo
country MWI | Malawi | alias: Republic of Malawi | adj: Malawian; Malawians | seat: Lilongwe
country MLI | Mali | alias: Republic of Mali | adj: Malian; Malians | seat: Bamako
country MRT | Mauritania | alias: Islamic Republic of Mauritania | adj: Mauritanian; Mauritanians | seat: Nouakchott
country MUS | Mauritius | alias: Republic of Mauritius | adj: Mauritian; Mauritians | seat: Port Louis
country MAR | Morocco | alias: Kingdom of Morocco | adj: Moroccan; Moroccans | seat: Rabat
country MOZ | Mozambique | alias: Republic of Mozambique | adj: Mozambican; Mozambicans | seat: Maputo
country NAM | Namibia | alias: Republic of Namibia | adj: Namibian; Namibians | seat: Windhoek
country NER | Niger | alias: Republic of Niger | adj: Nigerien; Nigeriens | seat: Niamey
country NGA | Nigeria | alias: Federal Republic of Nigeria | adj: Nigerian; Nigerians | seat: Abuja
country RWA | Rwanda | alias: Republic of Rwanda | adj: Rwandan; Rwandans | seat: Kigali
country STP | Sao Tome and Principe | alias: São Tomé and Príncipe; São Tomé and Principe | adj: Santomean; Santomeans | seat: São Tomé
country SEN | Senegal | alias: Republic of Senegal | adj: Senegalese | seat: Dakar
country SYC | Seychelles | alias: Republic of Seychelles | adj: Seychellois
country SLE | Sierra Leone | alias: Republic of Sierra Leone | adj: Sierra Leonean; Sierra Leoneans | seat: Freetown
country SOM | Somalia | alias: Federal Republic of Somalia | adj: Somali; Somalis | seat: Mogadishu; Villa Somalia
country ZAF | South Africa | alias: Republic of South Africa | adj: South African; South Africans | seat: Pretoria; Union Buildings
country SSD | South Sudan | alias: Republic of South Sudan | adj: South Sudanese | seat: Juba
country SDN | Sudan | alias: Republic of the Sudan; Republic of Sudan | adj: Sudanese | seat: Khartoum
country TZA | Tanzania | alias: United Republic of Tanzania | adj: Tanzanian; Tanzanians | seat: Dodoma; Dar es Salaam
country TGO | Togo | alias: Togolese Republic | adj: Togolese | seat: Lome; Lomé
country TUN | Tunisia | alias: Republic of Tunisia | adj: Tunisian; Tunisians | seat: Tunis; Carthage Palace
country UGA | Uganda | alias: Republic of Uganda | adj: Ugandan; Ugandans | seat: Kampala
country ZMB | Zambia | alias: Republic of Zambia | adj: Zambian; Zambians | seat: Lusaka
country ZWE | Zimbabwe | alias: Republic of Zimbabwe | adj: Zimbabwean; Zimbabweans | seat: Harare

# ---------------------------------------------------------------- Americas
country ATG | Antigua and Barbuda | alias: Antigua | adj: Antiguan; Antiguans
country ARG | Argentina | alias: Argentine Republic | adj: Argentine; Argentines; Argentinian; Argentinians | seat: Buenos Aires; Casa Rosada
country BHS | Bahamas | alias: Commonwealth of The Bahamas | adj: Bahamian; Bahamians | seat: Nassau
country BRB | Barbados | adj: Barbadian; Barbadians; Bajan | seat: Bridgetown
country BLZ | Belize | adj: Belizean; Belizeans | seat: Belmopan
country BOL | Bolivia | alias: Plurinational State of Bolivia | adj: Bolivian; Bolivians | seat: La Paz; Sucre
country BRA | Brazil | alias: Federative Republic of Brazil | adj: Brazilian; Brazilians | seat: Brasilia; Brasília; Planalto Palace
country CAN | Canada | adj: Canadian; Canadians | seat: Ottawa; Parliament Hill
country CHL | Chile | alias: Republic of Chile | adj: Chilean; Chileans | seat: Santiago; La Moneda
country COL | Colombia | alias: Republic of Colombia | adj: Colombian; Colombians | seat: Bogota; Bogotá; Casa de Nariño
country CRI | Costa Rica | alias: Republic of Costa Rica | adj: Costa Rican; Costa Ricans | seat: San José
country CUB | Cuba | alias: Republic of Cuba | adj: Cuban; Cubans | seat: Havana
country DMA | Dominica | alias: Commonwealth of Dominica | seat: Roseau
country DOM | Dominican Republic | adj: Dominican; Dominicans | seat: Santo Domingo
country ECU | Ecuador | alias: Republic of Ecuador | adj: Ecuadorian; Ecuadorians; Ecuadorean; Ecuadoreans | seat: Quito
country SLV | El Salvador | alias: Republic of El Salvador | adj: Salvadoran; Salvadorans; Salvadorean; Salvadoreans | seat: San Salvador
country GRD | Grenada | adj: Grenadian; Grenadians
country GTM | Guatemala | alias: Republic of Guatemala | adj: Guatemalan; Guatemalans | seat: Guatemala City
country GUY | Guyana | alias: Co-operative Republic of Guyana | adj: Guyanese
country HTI | Haiti | alias: Republic of Haiti | adj: Haitian; Haitians | seat: Port-au-Prince
country HND | Honduras | alias: Republic of Honduras | adj: Honduran; Hondurans | seat: Tegucigalpa
country JAM | Jamaica | adj: Jamaican; Jamaicans | seat: Kingston
country MEX | Mexico | alias: United Mexican States | adj: Mexican; Mexicans | seat: Mexico City; Los Pinos
country NIC | Nicaragua | alias: Republic of Nicaragua | adj: Nicaraguan; Nicaraguans | seat: Managua
country PAN | Panama | alias: Republic of Panama | adj: Panamanian; Panamanians | seat: Panama City
country PRY | Paraguay | alias: Republic of Paraguay | adj: Paraguayan; Paraguayans | seat: Asuncion; Asunción
country PER | Peru | alias: Republic of Peru | adj: Peruvian; Peruvians | seat: Lima
country KNA | Saint Kitts and Nevis | alias: St. Kitts and Nevis; St Kitts and Nevis; St. Kitts | adj: Kittitian; Kittitians | seat: Basseterre
country LCA | Saint Lucia | alias: St. Lucia; St Lucia | adj: Saint Lucian; Saint Lucians | seat: Castries
country VCT | Saint Vincent and the Grenadines | alias: St. Vincent and the Grenadines; St Vincent and the Grenadines; St. Vincent | adj: Vincentian; Vincentians | seat: Kingstown
country SUR | Suriname | alias: Surinam; Republic of Suriname | adj: Surinamese | seat: Paramaribo
country TTO | Trinidad and Tobago | alias: Trinidad; Republic of Trinidad and Tobago | adj: Trinidadian; Trinidadians | seat: Port of Spain; Port-of-Spain
country USA | United States | alias: U.S.; US; USA; U.S.A.; United States of America; America | adj: American; Americans | seat: Washington; White House; Oval Office
country URY | Uruguay | alias: Oriental Republic of Uruguay | adj: Uruguayan; Uruguayans | seat: Montevideo
country VEN | Venezuela | alias: Bolivarian Republic of Venezuela | adj: Venezuelan; Venezuelans | seat: Caracas; Miraflores Palace

# ---------------------------------------------------------------- Asia
country AFG | Afghanistan | alias: Islamic Republic of Afghanistan; Islamic Emirate of Afghanistan | adj: Afghan; Afghans | seat: Kabul
country ARM | Armenia | alias: Republic of Armenia | adj: Armenian; Armenians | seat: Yerevan
country AZE | Azerbaijan | alias: Republic of Azerbaijan | adj: Azerbaijani; Azerbaijanis; Azeri; Azeris | seat: Baku
country BHR | Bahrain | alias: Kingdom of Bahrain | adj: Bahraini; Bahrainis | seat: Manama
country BGD | Bangladesh | alias: People's Republic of Bangladesh | adj: Bangladeshi; Bangladeshis | seat: Dhaka
country BTN | Bhutan | alias: Kingdom of Bhutan | adj: Bhutanese | seat: Thimphu
country BRN | Brunei | alias: Brunei Darussalam | adj: Bruneian; Bruneians | seat: Bandar Seri Begawan
country KHM | Cambodia | alias: Kingdom of Cambodia; Kampuchea | adj: Cambodian; Cambodians; Khmer; Kampuchean; Kampucheans | seat: Phnom Penh
country CHN | China | alias: People's Republic of China; PRC; P.R.C.; Mainland China | adj: Chinese | seat: Beijing; Zhongnanhai
country CYP | Cyprus | alias: Republic of Cyprus | adj: Cypriot; Cypriots; Greek Cypriot; Greek Cypriots | seat: Nicosia
country GEO | Georgia | alias: Republic of Georgia | adj: Georgian; Georgians | seat: Tbilisi
country IND | India | alias: Republic of India; Bharat | adj: Indian; Indians | seat: New Delhi; South Block
country IDN | Indonesia | alias: Republic of Indonesia | adj: Indonesian; Indonesians | seat: Jakarta
country IRN | Iran | alias: Islamic Republic of Iran; Islamic Republic | adj: Iranian; Iranians | seat: Tehran; Teheran
country IRQ | Iraq | alias: Republic of Iraq | adj: Iraqi; Iraqis | seat: Baghdad
country ISR | Israel | alias: State of Israel | adj: Israeli; Israelis | seat: Jerusalem
country JPN | Japan | adj: Japanese | seat: Tokyo; Kantei
country JOR | Jordan | alias: Hashemite Kingdom of Jordan | adj: Jordanian; Jordanians | seat: Amman
country KAZ | Kazakhstan | alias: Republic of Kazakhstan | adj: Kazakh; Kazakhs; Kazakhstani; Kazakhstanis | seat: Astana; Nur-Sultan; Akorda
country KWT | Kuwait | alias: State of Kuwait | adj: Kuwaiti; Kuwaitis | seat: Kuwait City
country KGZ | Kyrgyzstan | alias: Kyrgyz Republic; Kirgizia | adj: Kyrgyz; Kyrgyzstani | seat: Bishkek
country LAO | Laos | alias: Lao People's Democratic Republic; Lao PDR | adj: Lao; Laotian; Laotians | seat: Vientiane
country LBN | Lebanon | alias: Lebanese Republic | adj: Lebanese | seat: Beirut; Baabda
country MYS | Malaysia | adj: Malaysian; Malaysians | seat: Kuala Lumpur; Putrajaya
country MDV | Maldives | alias: Republic of Maldives | adj: Maldivian; Maldivians | seat: Malé
country MNG | Mongolia | adj: Mongolian; Mongolians | seat: Ulaanbaatar; Ulan Bator
country MMR | Myanmar | alias: Burma; Republic of the Union of Myanmar | adj: Burmese | seat: Naypyidaw; Naypyitaw; Nay Pyi Taw
country NPL | Nepal | alias: Federal Democratic Republic of Nepal | adj: Nepali; Nepalis; Nepalese | seat: Kathmandu
country PRK | North Korea | alias: Democratic People's Republic of Korea; DPRK; D.P.R.K. | adj: North Korean; North Koreans | seat: Pyongyang
country OMN | Oman | alias: Sultanate of Oman | adj: Omani; Omanis | seat: Muscat
country PAK | Pakistan | alias: Islamic Republic of Pakistan | adj: Pakistani; Pakistanis | seat: Islamabad
country PHL | Philippines | alias: Republic of the Philippines | adj: Filipino; Filipinos; Filipina; Philippine | seat: Manila; Malacanang; Malacañang
country QAT | Qatar | alias: State of Qatar | adj: Qatari; Qataris | seat: Doha
country SAU | Saudi Arabia | alias: Kingdom of Saudi Arabia; KSA | adj: Saudi; Saudis | seat: Riyadh
country SGP | Singapore | alias: Republic of Singapore | adj: Singaporean; Singaporeans
country KOR | South Korea | alias: Republic of Korea; ROK | adj: South Korean; South Koreans | seat: Seoul; Blue House; Cheong Wa Dae
country LKA | Sri Lanka | alias: Democratic Socialist Republic of Sri Lanka; Ceylon | adj: Sri Lankan; Sri Lankans | seat: Colombo
country SYR | Syria | alias: Syrian Arab Republic | adj: Syrian; Syrians | seat: Damascus
country TJK | Tajikistan | alias: Republic of Tajikistan | adj: Tajik; Tajiks; Tajikistani | seat: Dushanbe
country THA | Thailand | alias: Kingdom of Thailand; Siam | adj: Thai; Thais | seat: Bangkok
country TLS | East Timor | alias: Timor-Leste; Timor Leste; Democratic Republic of Timor-Leste | adj: East Timorese; Timorese | seat: Dili
country TUR | Turkey | alias: Türkiye; Turkiye; Republic of Turkey; Republic of Türkiye | adj: Turkish; Turks | seat: Ankara
country TKM | Turkmenistan | adj: Turkmen | seat: Ashgabat; Ashkhabad
country ARE | United Arab Emirates | alias: UAE; U.A.E.; Emirates | adj: Emirati; Emiratis | seat: Abu Dhabi
country UZB | Uzbekistan | alias: Republic of Uzbekistan | adj: Uzbek; Uzbeks; Uzbekistani | seat: Tashkent
country VNM | Vietnam | alias: Viet Nam; Socialist Republic of Vietnam | adj: Vietnamese | seat: Hanoi
country YEM | Yemen | alias: Republic of Yemen | adj: Yemeni; Yemenis | seat: Sanaa; Sana'a; Sana’a

# ---------------------------------------------------------------- Europe
country ALB | Albania | alias: Republic of Albania | adj: Albanian; Albanians | seat: Tirana
country AND | Andorra | alias: Principality of Andorra | adj: Andorran; Andorrans | seat: Andorra la Vella
country AUT | Austria | alias: Republic of Austria | adj: Austrian; Austrians | seat: Vienna
country BLR | Belarus | alias: Republic of Belarus; Byelorussia | adj: Belarusian; Belarusians; Belarussian | seat: Minsk
country BEL | Belgium | alias: Kingdom of Belgium | adj: Belgian; Belgians
country BIH | Bosnia and Herzegovina | alias: Bosnia; Bosnia-Herzegovina; Bosnia-Hercegovina; BiH | adj: Bosnian; Bosnians | seat: Sarajevo
country BGR | Bulgaria | alias: Republic of Bulgaria | adj: Bulgarian; Bulgarians | seat: Sofia
country HRV | Croatia | alias: Republic of Croatia | adj: Croatian; Croatians; Croat; Croats | seat: Zagreb
country CZE | Czech Republic | alias: Czechia | adj: Czech; Czechs | seat: Prague
country DNK | Denmark | alias: Kingdom of Denmark | adj: Danish; Dane; Danes | seat: Copenhagen
country EST | Estonia | alias: Republic of Estonia | adj: Estonian; Estonians | seat: Tallinn
country FIN | Finland | alias: Republic of Finland | adj: Finnish; Finns | seat: Helsinki
country FRA | France | alias: French Republic | adj: French; Frenchman; Frenchmen | seat: Paris; Elysee; Élysée; Elysee Palace; Élysée Palace; Quai d'Orsay; Matignon
country DEU | Germany | alias: Federal Republic of Germany | adj: German; Germans | seat: Berlin
country GRC | Greece | alias: Hellenic Republic | adj: Greek; Greeks | seat: Athens
country HUN | Hungary | adj: Hungarian; Hungarians | seat: Budapest
country ISL | Iceland | adj: Icelandic; Icelander; Icelanders | seat: Reykjavik; Reykjavík
country IRL | Ireland | alias: Republic of Ireland | adj: Irish | seat: Dublin
country ITA | Italy | alias: Italian Republic | adj: Italian; Italians | seat: Rome; Palazzo Chigi
country LVA | Latvia | alias: Republic of Latvia | adj: Latvian; Latvians | seat: Riga
country LIE | Liechtenstein | alias: Principality of Liechtenstein | adj: Liechtensteiner | seat: Vaduz
country LTU | Lithuania | alias: Republic of Lithuania | adj: Lithuanian; Lithuanians | seat: Vilnius
country LUX | Luxembourg | alias: Grand Duchy of Luxembourg | adj: Luxembourger; Luxembourgers; Luxembourgish
country MLT | Malta | alias: Republic of Malta | adj: Maltese | seat: Valletta
country MDA | Moldova | alias: Republic of Moldova | adj: Moldovan; Moldovans | seat: Chisinau; Chișinău
country MCO | Monaco | alias: Principality of Monaco | adj: Monegasque
country MNE | Montenegro | adj: Montenegrin; Montenegrins | seat: Podgorica
country NLD | Netherlands | alias: Holland; Kingdom of the Netherlands | adj: Dutch | seat: Amsterdam
country MKD | North Macedonia | alias: Macedonia; Republic of North Macedonia; Former Yugoslav Republic of Macedonia; FYROM | adj: Macedonian; Macedonians | seat: Skopje
country NOR | Norway | alias: Kingdom of Norway | adj: Norwegian; Norwegians | seat: Oslo
country POL | Poland | alias: Republic of Poland | adj: Polish; Poles | seat: Warsaw
country PRT | Portugal | alias: Portuguese Republic | adj: Portuguese | seat: Lisbon
country ROU | Romania | alias: Roumania | adj: Romanian; Romanians | seat: Bucharest
country RUS | Russia | alias: Russian Federation | adj: Russian; Russians | seat: Moscow; Kremlin
country SMR | San Marino | alias: Republic of San Marino | adj: Sammarinese
country SRB | Serbia | alias: Republic of Serbia | adj: Serbian; Serbians; Serb; Serbs | seat: Belgrade
country SVK | Slovakia | alias: Slovak Republic | adj: Slovak; Slovaks; Slovakian | seat: Bratislava
country SVN | Slovenia | alias: Republic of Slovenia | adj: Slovenian; Slovenians; Slovene; Slovenes | seat: Ljubljana
country ESP | Spain | alias: Kingdom of Spain | adj: Spanish; Spaniard; Spaniards | seat: Madrid; Moncloa
country SWE | Sweden | alias: Kingdom of Sweden | adj: Swedish; Swede; Swedes | seat: Stockholm
country CHE | Switzerland | alias: Swiss Confederation | adj: Swiss | seat: Bern; Berne
country UKR | Ukraine | adj: Ukrainian; Ukrainians | seat: Kyiv; Kiev; Bankova
country GBR | Britain | alias: United Kingdom; UK; U.K.; Great Britain; United Kingdom of Great Britain and Northern Ireland | adj: British; Briton; Britons; Brits | seat: London; Downing Street; Whitehall

# ---------------------------------------------------------------- Oceania
country AUS | Australia | alias: Commonwealth of Australia | adj: Australian; Australians | seat: Canberra
country FJI | Fiji | alias: Republic of Fiji | adj: Fijian; Fijians | seat: Suva
country KIR | Kiribati | alias: Republic of Kiribati | adj: I-Kiribati | seat: Tarawa; South Tarawa
country MHL | Marshall Islands | alias: Republic of the Marshall Islands | adj: Marshallese | seat: Majuro
country FSM | Micronesia | alias: Federated States of Micronesia | adj: Micronesian; Micronesians | seat: Palikir
country NRU | Nauru | alias: Republic of Nauru | adj: Nauruan; Nauruans | seat: Yaren
country NZL | New Zealand | adj: New Zealander; New Zealanders | seat: Wellington
country PLW | Palau | alias: Republic of Palau | adj: Palauan; Palauans | seat: Ngerulmud
country PNG | Papua New Guinea | alias: PNG; Independent State of Papua New Guinea | adj: Papua New Guinean; Papua New Guineans | seat: Port Moresby
country WSM | Samoa | alias: Independent State of Samoa | adj: Samoan; Samoans | seat: Apia
country SLB | Solomon Islands | alias: Solomons | adj: Solomon Islander; Solomon Islanders | seat: Honiara
country TON | Tonga | alias: Kingdom of Tonga | adj: Tongan; Tongans | seat: Nuku'alofa; Nuku’alofa
country TUV | Tuvalu | adj: Tuvaluan; Tuvaluans | seat: Funafuti
country VUT | Vanuatu | alias: Republic of Vanuatu | adj: Ni-Vanuatu | seat: Port Vila

# ---------------------------------------------------------------- UN observer states
country VAT | Holy See | alias: Vatican; Vatican City; Vatican City State
country PSE | Palestine | alias: State of Palestine; Palestinian territories; Palestinian Territories; occupied Palestinian territories; Occupied Palestinian Territories | adj: Palestinian; Palestinians | seat: Ramallah

# ---------------------------------------------------------------- disputed or partially recognized entities
country KSV | Kosovo | alias: Republic of Kosovo; Kosova | adj: Kosovar; Kosovars; Kosovan | seat: Pristina; Prishtina
country TWN | Taiwan | alias: Republic of China; ROC; Chinese Taipei | adj: Taiwanese | seat: Taipei
country ESH | Western Sahara | alias: Sahrawi Arab Democratic Republic; SADR | adj: Sahrawi; Sahrawis; Saharawi; Saharawis
country CYN | Northern Cyprus | alias: Turkish Republic of Northern Cyprus; TRNC; North Cyprus | adj: Turkish Cypriot; Turkish Cypriots
country SOL | Somaliland | alias: Republic of Somaliland | adj: Somalilander; Somalilanders | seat: Hargeisa
country ABK | Abkhazia | alias: Republic of Abkhazia | adj: Abkhaz; Abkhazian; Abkhazians | seat: Sukhumi; Sokhumi
country OST | South Ossetia | alias: Tskhinvali Region | adj: South Ossetian; South Ossetians; Ossetian; Ossetians | seat: Tskhinvali
country PMR | Transnistria | alias: Pridnestrovian Moldavian Republic; Trans-Dniester; Transdniestria; Pridnestrovie | adj: Transnistrian; Transnistrians | seat: Tiraspol

# ---------------------------------------------------------------- special administrative regions and territories that act in news
country HKG | Hong Kong | alias: Hong Kong Special Administrative Region; HKSAR | adj: Hong Konger; Hong Kongers
country MAC | Macau | alias: Macao; Macau Special Administrative Region | adj: Macanese
country GRL | Greenland | adj: Greenlandic; Greenlander; Greenlanders | seat: Nuuk
country PRI | Puerto Rico | alias: Commonwealth of Puerto Rico | adj: Puerto Rican; Puerto Ricans | seat: San Juan
country GIB | Gibraltar | adj: Gibraltarian; Gibraltarians
country FLK | Falkland Islands | alias: Falklands; Malvinas; Islas Malvinas | adj: Falkland Islander; Falkland Islanders
country NCL | New Caledonia | adj: New Caledonian; New Caledonians; Kanak; Kanaks | seat: Noumea; Nouméa
country GUM | Guam | adj: Guamanian; Guamanians | seat: Hagatna; Hagåtña
