# Places: cities, regions, seas, straits, islands and disputed areas that are
# not seats of government and appear in conflict and diplomatic news as the
# places things happen to. `country` is the state the place belongs to under
# international recognition; disputed areas claimed by several states and
# international waters have no `country`.
#
# Notes:
# - Golan Heights: Syrian territory occupied by Israel -> SYR.
#   East Jerusalem and the West Bank -> PSE. Crimea and the Donbas -> UKR.
#   Nagorno-Karabakh -> AZE. Western Sahara is an entity in countries.lex.
# - Kashmir, the South China Sea shoals and reefs, the Senkaku/Diaoyu and
#   the Kuril islands claimed by several states: Kashmir has no country;
#   the others get the state that administers them, noted per line.
# - "Latin America", "South America", "North America", "Central America"
#   are listed so that their "America" is not read as the United States.
# - "Sea of Azov" is listed so that "Azov" (the Ukrainian brigade) is not
#   read in it. Lebanon's Tripoli is not listed (Libya's capital).
# - Mali's Gao and Saudi Arabia's Medina are not listed (common surnames).

# ---------------------------------------------------------------- world regions and waters
place LATIN-AMERICA | Latin America
place SOUTH-AMERICA | South America
place NORTH-AMERICA | North America
place CENTRAL-AMERICA | Central America
place CARIBBEAN | Caribbean | alias: Caribbean Sea
place MIDDLE-EAST | Middle East | alias: Mideast
place SAHEL | Sahel | alias: Sahel region
place HORN-OF-AFRICA | Horn of Africa
place BALKANS | Balkans | alias: Western Balkans
place CAUCASUS | Caucasus | alias: South Caucasus; North Caucasus
place INDO-PACIFIC | Indo-Pacific
place KOREAN-PENINSULA | Korean Peninsula | alias: Korean peninsula
place ARCTIC | Arctic | alias: Arctic Ocean
place INDIAN-OCEAN | Indian Ocean
place SOUTH-CHINA-SEA | South China Sea | alias: West Philippine Sea
place EAST-CHINA-SEA | East China Sea
place YELLOW-SEA | Yellow Sea
place SEA-OF-JAPAN | Sea of Japan | alias: East Sea
place TAIWAN-STRAIT | Taiwan Strait | alias: Taiwan Straits
place STRAIT-OF-MALACCA | Strait of Malacca | alias: Malacca Strait; Straits of Malacca
place STRAIT-OF-HORMUZ | Strait of Hormuz | alias: Hormuz; Straits of Hormuz
place PERSIAN-GULF | Persian Gulf | alias: Arabian Gulf
place GULF-OF-OMAN | Gulf of Oman
place GULF-OF-ADEN | Gulf of Aden
place RED-SEA | Red Sea
place BAB-EL-MANDEB | Bab el-Mandeb | alias: Bab al-Mandab; Bab el-Mandeb Strait; Bab al-Mandeb
place SUEZ-CANAL | Suez Canal | country: EGY
place MEDITERRANEAN | Mediterranean | alias: Mediterranean Sea; Eastern Mediterranean; eastern Mediterranean
place AEGEAN | Aegean | alias: Aegean Sea
place BLACK-SEA | Black Sea
place SEA-OF-AZOV | Sea of Azov | alias: Azov Sea
place KERCH-STRAIT | Kerch Strait
place BOSPHORUS | Bosphorus | alias: Bosporus; Turkish Straits | country: TUR
place DARDANELLES | Dardanelles | country: TUR
place BALTIC-SEA | Baltic Sea | alias: Baltic
place NORTH-SEA | North Sea
place CASPIAN-SEA | Caspian Sea | alias: Caspian
place ENGLISH-CHANNEL | English Channel
place PANAMA-CANAL | Panama Canal | country: PAN
place GULF-OF-MEXICO | Gulf of Mexico | alias: Gulf of America
place LAKE-CHAD | Lake Chad | alias: Lake Chad Basin

# ---------------------------------------------------------------- Syria
place ALEPPO | Aleppo | alias: Halab | country: SYR
place IDLIB | Idlib | alias: Idleb; Idlib province | country: SYR
place HOMS | Homs | country: SYR
place HAMA | Hama | country: SYR
place RAQQA | Raqqa | alias: Raqqah; al-Raqqa; Rakka | country: SYR
place DEIR-EZ-ZOR | Deir ez-Zor | alias: Deir el-Zour; Deir al-Zor; Deir Ezzor; Deir ez-Zour; Deir el-Zor | country: SYR
place DARAA | Daraa | alias: Deraa; Dara'a | country: SYR
place LATAKIA | Latakia | alias: Lattakia | country: SYR
place TARTUS | Tartus | alias: Tartous | country: SYR
place HMEIMIM | Hmeimim | alias: Hmeimim air base; Khmeimim | country: SYR
place KOBANI | Kobani | alias: Kobane; Ain al-Arab | country: SYR
place AFRIN | Afrin | country: SYR
place MANBIJ | Manbij | country: SYR
place GHOUTA | Eastern Ghouta | alias: Ghouta; East Ghouta | country: SYR
place DOUMA | Douma | country: SYR
place PALMYRA | Palmyra | alias: Tadmur | country: SYR
place QAMISHLI | Qamishli | alias: Qamishlo | country: SYR
place HASAKAH | Hasakah | alias: Hasaka; al-Hasakah; Hassakeh | country: SYR
place SUWAYDA | Suwayda | alias: Sweida; As-Suwayda; Sweida province | country: SYR
place QUNEITRA | Quneitra | country: SYR
place GOLAN | Golan Heights | alias: Golan; occupied Golan Heights | country: SYR
place TAL-ABYAD | Tal Abyad | alias: Tell Abyad | country: SYR
place RAS-AL-AIN | Ras al-Ain | alias: Ras al-Ayn; Serekaniye | country: SYR
place AL-HOL | al-Hol | alias: al-Hol camp; Al-Hol; al-Hawl | country: SYR
place YARMOUK | Yarmouk | alias: Yarmouk camp; Yarmuk | country: SYR

# ---------------------------------------------------------------- Iraq
place MOSUL | Mosul | country: IRQ
place FALLUJAH | Fallujah | alias: Falluja | country: IRQ
place RAMADI | Ramadi | country: IRQ
place TIKRIT | Tikrit | country: IRQ
place KIRKUK | Kirkuk | country: IRQ
place BASRA | Basra | alias: Basrah | country: IRQ
place ERBIL | Erbil | alias: Irbil; Arbil | country: IRQ
place SULAYMANIYAH | Sulaymaniyah | alias: Sulaimaniyah; Suleimaniyah | country: IRQ
place NAJAF | Najaf | country: IRQ
place KARBALA | Karbala | alias: Kerbala | country: IRQ
place SINJAR | Sinjar | country: IRQ
place ANBAR | Anbar | alias: Anbar province | country: IRQ
place NINEVEH | Nineveh | alias: Ninevah; Nineveh province | country: IRQ
place KURDISTAN-REGION | Kurdistan Region | alias: Iraqi Kurdistan; Kurdistan region | country: IRQ
place AIN-AL-ASAD | Ain al-Asad | alias: Ain al-Asad air base | country: IRQ

# ---------------------------------------------------------------- Israel and the Palestinian territories
place GAZA-STRIP | Gaza Strip | alias: Gaza | country: PSE
place GAZA-CITY | Gaza City | country: PSE
place WEST-BANK | West Bank | alias: occupied West Bank | country: PSE
place EAST-JERUSALEM | East Jerusalem | alias: occupied East Jerusalem | country: PSE
place RAFAH | Rafah | alias: Rafah crossing | country: PSE
place KHAN-YOUNIS | Khan Younis | alias: Khan Yunis; Khan Yunes | country: PSE
place JABALIA | Jabalia | alias: Jabaliya; Jabalia refugee camp | country: PSE
place DEIR-AL-BALAH | Deir al-Balah | alias: Deir el-Balah | country: PSE
place BEIT-LAHIA | Beit Lahia | alias: Beit Lahiya | country: PSE
place BEIT-HANOUN | Beit Hanoun | alias: Beit Hanun | country: PSE
place NUSEIRAT | Nuseirat | alias: Nuseirat refugee camp | country: PSE
place MAWASI | al-Mawasi | alias: Mawasi; Al-Mawasi | country: PSE
place JENIN | Jenin | alias: Jenin refugee camp | country: PSE
place NABLUS | Nablus | country: PSE
place HEBRON | Hebron | country: PSE
place TULKAREM | Tulkarem | alias: Tulkarm | country: PSE
place BETHLEHEM | Bethlehem | country: PSE
place JERICHO | Jericho | country: PSE
place PHILADELPHI | Philadelphi Corridor | alias: Philadelphi corridor | country: PSE
place NETZARIM | Netzarim Corridor | alias: Netzarim corridor | country: PSE
place KEREM-SHALOM | Kerem Shalom | alias: Kerem Shalom crossing | country: ISR
place TEL-AVIV | Tel Aviv | country: ISR
place HAIFA | Haifa | country: ISR
place ASHKELON | Ashkelon | country: ISR
place SDEROT | Sderot | country: ISR
place EILAT | Eilat | country: ISR
place NEGEV | Negev | country: ISR
place GALILEE | Galilee | country: ISR
place DIMONA | Dimona | country: ISR

# ---------------------------------------------------------------- Lebanon, Jordan, Egypt
place TYRE | Tyre | country: LBN
place SIDON | Sidon | alias: Saida | country: LBN
place BAALBEK | Baalbek | country: LBN
place BEKAA | Bekaa Valley | alias: Bekaa | country: LBN
place NABATIEH | Nabatieh | alias: Nabatiyeh | country: LBN
place DAHIYEH | Dahiyeh | alias: Dahieh; Dahiya | country: LBN
place LITANI | Litani River | alias: Litani | country: LBN
place SINAI | Sinai | alias: Sinai Peninsula; North Sinai | country: EGY
place ALEXANDRIA | Alexandria | country: EGY
place SHARM-EL-SHEIKH | Sharm el-Sheikh | alias: Sharm El-Sheikh; Sharm al-Sheikh | country: EGY

# ---------------------------------------------------------------- Gulf, Yemen, Iran, Turkey
place MARIB | Marib | alias: Ma'rib | country: YEM
place HODEIDA | Hodeida | alias: Hodeidah; Hudaydah; Hudayda | country: YEM
place ADEN | Aden | country: YEM
place TAIZ | Taiz | alias: Taizz | country: YEM
place SAADA | Saada | alias: Sa'ada; Sa'dah | country: YEM
place MUKALLA | Mukalla | country: YEM
place HADRAMAWT | Hadramawt | alias: Hadramout; Hadhramaut | country: YEM
place JEDDAH | Jeddah | alias: Jiddah | country: SAU
place MECCA | Mecca | alias: Makkah | country: SAU
place ABQAIQ | Abqaiq | country: SAU
place NATANZ | Natanz | country: IRN
place FORDOW | Fordow | alias: Fordo | country: IRN
place ISFAHAN | Isfahan | alias: Esfahan | country: IRN
place BUSHEHR | Bushehr | country: IRN
place BANDAR-ABBAS | Bandar Abbas | country: IRN
place KHUZESTAN | Khuzestan | country: IRN
place SISTAN | Sistan-Baluchestan | alias: Sistan and Baluchestan; Sistan-Baluchistan | country: IRN
place ISTANBUL | Istanbul | country: TUR
place INCIRLIK | Incirlik | alias: Incirlik Air Base | country: TUR
place GAZIANTEP | Gaziantep | country: TUR
place HATAY | Hatay | country: TUR
place DIYARBAKIR | Diyarbakir | alias: Diyarbakır | country: TUR

# ---------------------------------------------------------------- Ukraine, Russia, Eastern Europe, Caucasus
place KHARKIV | Kharkiv | alias: Kharkov | country: UKR
place MARIUPOL | Mariupol | country: UKR
place BAKHMUT | Bakhmut | alias: Artemovsk; Artyomovsk | country: UKR
place DONBAS | Donbas | alias: Donbass | country: UKR
place DONETSK | Donetsk | alias: Donetsk region; Donetsk oblast | country: UKR
place LUHANSK | Luhansk | alias: Lugansk; Luhansk region | country: UKR
place CRIMEA | Crimea | alias: Crimean Peninsula; Crimean peninsula | country: UKR
place SEVASTOPOL | Sevastopol | country: UKR
place ZAPORIZHZHIA | Zaporizhzhia | alias: Zaporizhia; Zaporozhye; Zaporizhzhya | country: UKR
place ZNPP | Zaporizhzhia nuclear power plant | alias: Zaporizhzhia Nuclear Power Plant; Zaporizhzhia plant; ZNPP | country: UKR
place KHERSON | Kherson | country: UKR
place ODESA | Odesa | alias: Odessa | country: UKR
place MYKOLAIV | Mykolaiv | alias: Nikolaev | country: UKR
place DNIPRO | Dnipro | alias: Dnipropetrovsk | country: UKR
place LVIV | Lviv | country: UKR
place AVDIIVKA | Avdiivka | alias: Avdiyivka | country: UKR
place POKROVSK | Pokrovsk | country: UKR
place SIEVIERODONETSK | Sievierodonetsk | alias: Severodonetsk | country: UKR
place LYSYCHANSK | Lysychansk | country: UKR
place KRAMATORSK | Kramatorsk | country: UKR
place SLOVIANSK | Sloviansk | alias: Slovyansk | country: UKR
place CHASIV-YAR | Chasiv Yar | country: UKR
place VUHLEDAR | Vuhledar | country: UKR
place KUPIANSK | Kupiansk | alias: Kupyansk | country: UKR
place IZIUM | Izium | alias: Izyum | country: UKR
place BUCHA | Bucha | country: UKR
place IRPIN | Irpin | country: UKR
place CHERNIHIV | Chernihiv | country: UKR
place SUMY | Sumy | country: UKR
place KURSK | Kursk | alias: Kursk region | country: RUS
place BELGOROD | Belgorod | country: RUS
place BRYANSK | Bryansk | country: RUS
place ST-PETERSBURG | St. Petersburg | alias: Saint Petersburg; St Petersburg | country: RUS
place KALININGRAD | Kaliningrad | country: RUS
place CHECHNYA | Chechnya | country: RUS
place DAGESTAN | Dagestan | country: RUS
place SOCHI | Sochi | country: RUS
place VLADIVOSTOK | Vladivostok | country: RUS
place NOVOROSSIYSK | Novorossiysk | country: RUS
place KURIL-ISLANDS | Kuril Islands | alias: Kurils; Kurile Islands; Northern Territories | country: RUS
place NAGORNO-KARABAKH | Nagorno-Karabakh | alias: Karabakh; Nagorno Karabakh; Artsakh | country: AZE
place STEPANAKERT | Stepanakert | alias: Khankendi | country: AZE
place LACHIN-CORRIDOR | Lachin Corridor | alias: Lachin corridor | country: AZE
place GAGAUZIA | Gagauzia | country: MDA
place SUWALKI-GAP | Suwalki Gap | alias: Suwałki Gap | country: POL
place NARVA | Narva | country: EST

# ---------------------------------------------------------------- Balkans and Western Europe
place NORTHERN-KOSOVO | northern Kosovo | alias: North Kosovo; Northern Kosovo | country: KSV
place MITROVICA | Mitrovica | alias: Mitrovice; North Mitrovica | country: KSV
place ZVECAN | Zvecan | alias: Zvečan | country: KSV
place REPUBLIKA-SRPSKA | Republika Srpska | country: BIH
place SREBRENICA | Srebrenica | country: BIH
place BRUSSELS | Brussels | country: BEL
place HAGUE | Hague | country: NLD
place GENEVA | Geneva | country: CHE
place DAVOS | Davos | country: CHE
place STRASBOURG | Strasbourg | country: FRA
place MUNICH | Munich | country: DEU
place NORTHERN-IRELAND | Northern Ireland | country: GBR
place SCOTLAND | Scotland | country: GBR
place WALES | Wales | country: GBR
place ENGLAND | England | country: GBR
place CATALONIA | Catalonia | country: ESP
place CEUTA | Ceuta | country: ESP
place MELILLA | Melilla | country: ESP
place SVALBARD | Svalbard | country: NOR

# ---------------------------------------------------------------- Africa
place DARFUR | Darfur | alias: North Darfur; South Darfur; West Darfur | country: SDN
place EL-FASHER | El Fasher | alias: al-Fashir; El-Fasher; al-Fasher; El Fashir | country: SDN
place ZAMZAM | Zamzam | alias: Zamzam camp | country: SDN
place OMDURMAN | Omdurman | country: SDN
place PORT-SUDAN | Port Sudan | country: SDN
place KORDOFAN | Kordofan | alias: South Kordofan; North Kordofan; West Kordofan | country: SDN
place EL-OBEID | El Obeid | alias: El-Obeid | country: SDN
place WAD-MADANI | Wad Madani | country: SDN
place GEZIRA | Gezira | alias: Al Jazirah; Gezira state | country: SDN
place NYALA | Nyala | country: SDN
place GENEINA | El Geneina | alias: Geneina | country: SDN
place BLUE-NILE | Blue Nile | alias: Blue Nile state | country: SDN
place ABYEI | Abyei
place TIGRAY | Tigray | country: ETH
place MEKELLE | Mekelle | alias: Mekele | country: ETH
place AMHARA | Amhara | alias: Amhara region | country: ETH
place OROMIA | Oromia | country: ETH
place AFAR | Afar | alias: Afar region | country: ETH
place GONDAR | Gondar | country: ETH
place BAHIR-DAR | Bahir Dar | country: ETH
place PUNTLAND | Puntland | country: SOM
place JUBALAND | Jubaland | country: SOM
place KISMAYO | Kismayo | alias: Kismayu | country: SOM
place BAIDOA | Baidoa | country: SOM
place GOMA | Goma | country: COD
place BUKAVU | Bukavu | country: COD
place NORTH-KIVU | North Kivu | country: COD
place SOUTH-KIVU | South Kivu | country: COD
place ITURI | Ituri | country: COD
place BUNIA | Bunia | country: COD
place BENGHAZI | Benghazi | country: LBY
place MISRATA | Misrata | alias: Misurata | country: LBY
place SIRTE | Sirte | country: LBY
place DERNA | Derna | country: LBY
place TOBRUK | Tobruk | country: LBY
place TINDOUF | Tindouf | country: DZA
place LAAYOUNE | Laayoune | alias: El Aaiún; El Aaiun | country: ESH
place BORNO | Borno | alias: Borno state | country: NGA
place MAIDUGURI | Maiduguri | country: NGA
place TIMBUKTU | Timbuktu | country: MLI
place KIDAL | Kidal | country: MLI
place MOPTI | Mopti | country: MLI
place CABO-DELGADO | Cabo Delgado | country: MOZ
place CHAGOS | Chagos Islands | alias: Chagos Archipelago | country: MUS
place DIEGO-GARCIA | Diego Garcia | country: MUS

# ---------------------------------------------------------------- South and Central Asia
place KASHMIR | Kashmir
place JAMMU-KASHMIR | Jammu and Kashmir | alias: Indian-administered Kashmir; Indian Kashmir | country: IND
place AZAD-KASHMIR | Pakistan-administered Kashmir | alias: Azad Kashmir; Pakistani Kashmir; Azad Jammu and Kashmir | country: PAK
place SRINAGAR | Srinagar | country: IND
place PAHALGAM | Pahalgam | country: IND
place LADAKH | Ladakh | country: IND
place GALWAN | Galwan Valley | alias: Galwan | country: IND
place ARUNACHAL | Arunachal Pradesh | country: IND
place MANIPUR | Manipur | country: IND
place MUMBAI | Mumbai | alias: Bombay | country: IND
place LINE-OF-CONTROL | Line of Control | alias: LoC
place DOKLAM | Doklam
place PESHAWAR | Peshawar | country: PAK
place KARACHI | Karachi | country: PAK
place LAHORE | Lahore | country: PAK
place QUETTA | Quetta | country: PAK
place RAWALPINDI | Rawalpindi | country: PAK
place BALOCHISTAN | Balochistan | alias: Baluchistan | country: PAK
place KHYBER-PAKHTUNKHWA | Khyber Pakhtunkhwa | country: PAK
place WAZIRISTAN | Waziristan | alias: North Waziristan; South Waziristan | country: PAK
place KANDAHAR | Kandahar | country: AFG
place HELMAND | Helmand | country: AFG
place HERAT | Herat | country: AFG
place MAZAR | Mazar-i-Sharif | alias: Mazar-e-Sharif | country: AFG
place JALALABAD | Jalalabad | country: AFG
place KUNDUZ | Kunduz | country: AFG
place PANJSHIR | Panjshir | alias: Panjshir Valley | country: AFG
place BAGRAM | Bagram | alias: Bagram Air Base; Bagram airbase | country: AFG
place NANGARHAR | Nangarhar | country: AFG

# ---------------------------------------------------------------- East and Southeast Asia
place XINJIANG | Xinjiang | country: CHN
place TIBET | Tibet | country: CHN
place SHANGHAI | Shanghai | country: CHN
place WUHAN | Wuhan | country: CHN
place SHENZHEN | Shenzhen | country: CHN
place GUANGZHOU | Guangzhou | country: CHN
place FUJIAN | Fujian | country: CHN
place KINMEN | Kinmen | alias: Quemoy | country: TWN
place MATSU | Matsu Islands | alias: Matsu | country: TWN
# the following features are claimed by several states; country = administering state
place SECOND-THOMAS-SHOAL | Second Thomas Shoal | alias: Ayungin Shoal; Ren'ai Reef; Ren’ai Reef | country: PHL
place SCARBOROUGH-SHOAL | Scarborough Shoal | alias: Huangyan Island; Bajo de Masinloc; Panatag Shoal | country: CHN
place SABINA-SHOAL | Sabina Shoal | alias: Escoda Shoal; Xianbin Reef
place SPRATLY-ISLANDS | Spratly Islands | alias: Spratlys; Spratly islands; Nansha Islands
place PARACEL-ISLANDS | Paracel Islands | alias: Paracels; Xisha Islands | country: CHN
place MISCHIEF-REEF | Mischief Reef | alias: Meiji Reef; Panganiban Reef | country: CHN
place FIERY-CROSS-REEF | Fiery Cross Reef | alias: Yongshu Reef | country: CHN
place WHITSUN-REEF | Whitsun Reef | alias: Julian Felipe Reef
place THITU | Thitu Island | alias: Pag-asa Island; Pag-asa | country: PHL
place SENKAKU-ISLANDS | Senkaku Islands | alias: Senkakus; Diaoyu Islands; Diaoyus; Diaoyutai Islands | country: JPN
place DOKDO | Dokdo | alias: Takeshima; Liancourt Rocks | country: KOR
place DMZ | Demilitarized Zone | alias: DMZ; Korean Demilitarized Zone; demilitarized zone
place PANMUNJOM | Panmunjom | country: KOR
place KAESONG | Kaesong | country: PRK
place YEONPYEONG | Yeonpyeong Island | alias: Yeonpyeong | country: KOR
place OKINAWA | Okinawa | country: JPN
place MINDANAO | Mindanao | country: PHL
place RAKHINE | Rakhine | alias: Rakhine State; Rakhine state; Arakan | country: MMR
place SHAN-STATE | Shan State | alias: Shan state | country: MMR
place KACHIN-STATE | Kachin State | alias: Kachin state | country: MMR
place SAGAING | Sagaing | alias: Sagaing region | country: MMR
place YANGON | Yangon | alias: Rangoon | country: MMR
place MANDALAY | Mandalay | country: MMR
place LASHIO | Lashio | country: MMR
place MYAWADDY | Myawaddy | country: MMR
place COXS-BAZAR | Cox's Bazar | alias: Cox’s Bazar | country: BGD

# ---------------------------------------------------------------- Americas and Pacific
place NEW-YORK | New York | alias: New York City | country: USA
place CAMP-DAVID | Camp David | country: USA
place MAR-A-LAGO | Mar-a-Lago | country: USA
place ALASKA | Alaska | country: USA
place ANCHORAGE | Anchorage | country: USA
place HAWAII | Hawaii | country: USA
place GUANTANAMO | Guantanamo Bay | alias: Guantanamo; Guantánamo; Guantánamo Bay | country: CUB
place ESSEQUIBO | Essequibo | country: GUY
place DARIEN | Darien Gap | alias: Darién Gap; Darien | country: PAN
place RIO-DE-JANEIRO | Rio de Janeiro | country: BRA
place SAO-PAULO | Sao Paulo | alias: São Paulo | country: BRA
