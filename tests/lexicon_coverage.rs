//! Every UN member state resolves by its common English name, a demonym or
//! adjective as news writes it, and its capital. The table is written for
//! this test; where it fails, fix `src/lexicon/data/countries.lex`.

use std::collections::HashSet;

use diplograph::lexicon::Target;
use diplograph::Lexicon;

/// ISO 3166-1 alpha-3, name, demonym or adjective, capital.
const MEMBERS: [(&str, &str, &str, &str); 193] = [
    ("AFG", "Afghanistan", "Afghan", "Kabul"),
    ("ALB", "Albania", "Albanian", "Tirana"),
    ("DZA", "Algeria", "Algerian", "Algiers"),
    ("AND", "Andorra", "Andorran", "Andorra la Vella"),
    ("AGO", "Angola", "Angolan", "Luanda"),
    ("ATG", "Antigua and Barbuda", "Antiguan", "St. John's"),
    ("ARG", "Argentina", "Argentine", "Buenos Aires"),
    ("ARM", "Armenia", "Armenian", "Yerevan"),
    ("AUS", "Australia", "Australian", "Canberra"),
    ("AUT", "Austria", "Austrian", "Vienna"),
    ("AZE", "Azerbaijan", "Azerbaijani", "Baku"),
    ("BHS", "Bahamas", "Bahamian", "Nassau"),
    ("BHR", "Bahrain", "Bahraini", "Manama"),
    ("BGD", "Bangladesh", "Bangladeshi", "Dhaka"),
    ("BRB", "Barbados", "Barbadian", "Bridgetown"),
    ("BLR", "Belarus", "Belarusian", "Minsk"),
    ("BEL", "Belgium", "Belgian", "Brussels"),
    ("BLZ", "Belize", "Belizean", "Belmopan"),
    ("BEN", "Benin", "Beninese", "Porto-Novo"),
    ("BTN", "Bhutan", "Bhutanese", "Thimphu"),
    ("BOL", "Bolivia", "Bolivian", "La Paz"),
    ("BIH", "Bosnia and Herzegovina", "Bosnian", "Sarajevo"),
    ("BWA", "Botswana", "Botswanan", "Gaborone"),
    ("BRA", "Brazil", "Brazilian", "Brasilia"),
    ("BRN", "Brunei", "Bruneian", "Bandar Seri Begawan"),
    ("BGR", "Bulgaria", "Bulgarian", "Sofia"),
    ("BFA", "Burkina Faso", "Burkinabe", "Ouagadougou"),
    ("BDI", "Burundi", "Burundian", "Gitega"),
    ("CPV", "Cape Verde", "Cape Verdean", "Praia"),
    ("KHM", "Cambodia", "Cambodian", "Phnom Penh"),
    ("CMR", "Cameroon", "Cameroonian", "Yaounde"),
    ("CAN", "Canada", "Canadian", "Ottawa"),
    ("CAF", "Central African Republic", "Central African", "Bangui"),
    ("TCD", "Chad", "Chadian", "N'Djamena"),
    ("CHL", "Chile", "Chilean", "Santiago"),
    ("CHN", "China", "Chinese", "Beijing"),
    ("COL", "Colombia", "Colombian", "Bogota"),
    ("COM", "Comoros", "Comorian", "Moroni"),
    ("COG", "Republic of the Congo", "Congolese", "Brazzaville"),
    ("CRI", "Costa Rica", "Costa Rican", "San José"),
    ("CIV", "Ivory Coast", "Ivorian", "Yamoussoukro"),
    ("HRV", "Croatia", "Croatian", "Zagreb"),
    ("CUB", "Cuba", "Cuban", "Havana"),
    ("CYP", "Cyprus", "Cypriot", "Nicosia"),
    ("CZE", "Czech Republic", "Czech", "Prague"),
    ("PRK", "North Korea", "North Korean", "Pyongyang"),
    ("COD", "Democratic Republic of the Congo", "Congolese", "Kinshasa"),
    ("DNK", "Denmark", "Danish", "Copenhagen"),
    ("DJI", "Djibouti", "Djiboutian", "Djibouti"),
    ("DMA", "Dominica", "Dominican", "Roseau"),
    ("DOM", "Dominican Republic", "Dominican", "Santo Domingo"),
    ("ECU", "Ecuador", "Ecuadorian", "Quito"),
    ("EGY", "Egypt", "Egyptian", "Cairo"),
    ("SLV", "El Salvador", "Salvadoran", "San Salvador"),
    ("GNQ", "Equatorial Guinea", "Equatorial Guinean", "Malabo"),
    ("ERI", "Eritrea", "Eritrean", "Asmara"),
    ("EST", "Estonia", "Estonian", "Tallinn"),
    ("SWZ", "Eswatini", "Swazi", "Mbabane"),
    ("ETH", "Ethiopia", "Ethiopian", "Addis Ababa"),
    ("FJI", "Fiji", "Fijian", "Suva"),
    ("FIN", "Finland", "Finnish", "Helsinki"),
    ("FRA", "France", "French", "Paris"),
    ("GAB", "Gabon", "Gabonese", "Libreville"),
    ("GMB", "Gambia", "Gambian", "Banjul"),
    ("GEO", "Georgia", "Georgian", "Tbilisi"),
    ("DEU", "Germany", "German", "Berlin"),
    ("GHA", "Ghana", "Ghanaian", "Accra"),
    ("GRC", "Greece", "Greek", "Athens"),
    ("GRD", "Grenada", "Grenadian", "St. George's"),
    ("GTM", "Guatemala", "Guatemalan", "Guatemala City"),
    ("GIN", "Guinea", "Guinean", "Conakry"),
    ("GNB", "Guinea-Bissau", "Bissau-Guinean", "Bissau"),
    ("GUY", "Guyana", "Guyanese", "Georgetown"),
    ("HTI", "Haiti", "Haitian", "Port-au-Prince"),
    ("HND", "Honduras", "Honduran", "Tegucigalpa"),
    ("HUN", "Hungary", "Hungarian", "Budapest"),
    ("ISL", "Iceland", "Icelandic", "Reykjavik"),
    ("IND", "India", "Indian", "New Delhi"),
    ("IDN", "Indonesia", "Indonesian", "Jakarta"),
    ("IRN", "Iran", "Iranian", "Tehran"),
    ("IRQ", "Iraq", "Iraqi", "Baghdad"),
    ("IRL", "Ireland", "Irish", "Dublin"),
    ("ISR", "Israel", "Israeli", "Jerusalem"),
    ("ITA", "Italy", "Italian", "Rome"),
    ("JAM", "Jamaica", "Jamaican", "Kingston"),
    ("JPN", "Japan", "Japanese", "Tokyo"),
    ("JOR", "Jordan", "Jordanian", "Amman"),
    ("KAZ", "Kazakhstan", "Kazakh", "Astana"),
    ("KEN", "Kenya", "Kenyan", "Nairobi"),
    ("KIR", "Kiribati", "I-Kiribati", "Tarawa"),
    ("KWT", "Kuwait", "Kuwaiti", "Kuwait City"),
    ("KGZ", "Kyrgyzstan", "Kyrgyz", "Bishkek"),
    ("LAO", "Laos", "Laotian", "Vientiane"),
    ("LVA", "Latvia", "Latvian", "Riga"),
    ("LBN", "Lebanon", "Lebanese", "Beirut"),
    ("LSO", "Lesotho", "Basotho", "Maseru"),
    ("LBR", "Liberia", "Liberian", "Monrovia"),
    ("LBY", "Libya", "Libyan", "Tripoli"),
    ("LIE", "Liechtenstein", "Liechtensteiner", "Vaduz"),
    ("LTU", "Lithuania", "Lithuanian", "Vilnius"),
    ("LUX", "Luxembourg", "Luxembourgish", "Luxembourg"),
    ("MDG", "Madagascar", "Malagasy", "Antananarivo"),
    ("MWI", "Malawi", "Malawian", "Lilongwe"),
    ("MYS", "Malaysia", "Malaysian", "Kuala Lumpur"),
    ("MDV", "Maldives", "Maldivian", "Malé"),
    ("MLI", "Mali", "Malian", "Bamako"),
    ("MLT", "Malta", "Maltese", "Valletta"),
    ("MHL", "Marshall Islands", "Marshallese", "Majuro"),
    ("MRT", "Mauritania", "Mauritanian", "Nouakchott"),
    ("MUS", "Mauritius", "Mauritian", "Port Louis"),
    ("MEX", "Mexico", "Mexican", "Mexico City"),
    ("FSM", "Micronesia", "Micronesian", "Palikir"),
    ("MCO", "Monaco", "Monegasque", "Monaco"),
    ("MNG", "Mongolia", "Mongolian", "Ulaanbaatar"),
    ("MNE", "Montenegro", "Montenegrin", "Podgorica"),
    ("MAR", "Morocco", "Moroccan", "Rabat"),
    ("MOZ", "Mozambique", "Mozambican", "Maputo"),
    ("MMR", "Myanmar", "Burmese", "Naypyitaw"),
    ("NAM", "Namibia", "Namibian", "Windhoek"),
    ("NRU", "Nauru", "Nauruan", "Yaren"),
    ("NPL", "Nepal", "Nepali", "Kathmandu"),
    ("NLD", "Netherlands", "Dutch", "Amsterdam"),
    ("NZL", "New Zealand", "New Zealander", "Wellington"),
    ("NIC", "Nicaragua", "Nicaraguan", "Managua"),
    ("NER", "Niger", "Nigerien", "Niamey"),
    ("NGA", "Nigeria", "Nigerian", "Abuja"),
    ("MKD", "North Macedonia", "Macedonian", "Skopje"),
    ("NOR", "Norway", "Norwegian", "Oslo"),
    ("OMN", "Oman", "Omani", "Muscat"),
    ("PAK", "Pakistan", "Pakistani", "Islamabad"),
    ("PLW", "Palau", "Palauan", "Ngerulmud"),
    ("PAN", "Panama", "Panamanian", "Panama City"),
    ("PNG", "Papua New Guinea", "Papua New Guinean", "Port Moresby"),
    ("PRY", "Paraguay", "Paraguayan", "Asuncion"),
    ("PER", "Peru", "Peruvian", "Lima"),
    ("PHL", "Philippines", "Filipino", "Manila"),
    ("POL", "Poland", "Polish", "Warsaw"),
    ("PRT", "Portugal", "Portuguese", "Lisbon"),
    ("QAT", "Qatar", "Qatari", "Doha"),
    ("KOR", "South Korea", "South Korean", "Seoul"),
    ("MDA", "Moldova", "Moldovan", "Chisinau"),
    ("ROU", "Romania", "Romanian", "Bucharest"),
    ("RUS", "Russia", "Russian", "Moscow"),
    ("RWA", "Rwanda", "Rwandan", "Kigali"),
    ("KNA", "Saint Kitts and Nevis", "Kittitian", "Basseterre"),
    ("LCA", "Saint Lucia", "Saint Lucian", "Castries"),
    ("VCT", "Saint Vincent and the Grenadines", "Vincentian", "Kingstown"),
    ("WSM", "Samoa", "Samoan", "Apia"),
    ("SMR", "San Marino", "Sammarinese", "San Marino"),
    ("STP", "Sao Tome and Principe", "Santomean", "São Tomé"),
    ("SAU", "Saudi Arabia", "Saudi", "Riyadh"),
    ("SEN", "Senegal", "Senegalese", "Dakar"),
    ("SRB", "Serbia", "Serbian", "Belgrade"),
    ("SYC", "Seychelles", "Seychellois", "Victoria"),
    ("SLE", "Sierra Leone", "Sierra Leonean", "Freetown"),
    ("SGP", "Singapore", "Singaporean", "Singapore"),
    ("SVK", "Slovakia", "Slovak", "Bratislava"),
    ("SVN", "Slovenia", "Slovenian", "Ljubljana"),
    ("SLB", "Solomon Islands", "Solomon Islander", "Honiara"),
    ("SOM", "Somalia", "Somali", "Mogadishu"),
    ("ZAF", "South Africa", "South African", "Pretoria"),
    ("SSD", "South Sudan", "South Sudanese", "Juba"),
    ("ESP", "Spain", "Spanish", "Madrid"),
    ("LKA", "Sri Lanka", "Sri Lankan", "Colombo"),
    ("SDN", "Sudan", "Sudanese", "Khartoum"),
    ("SUR", "Suriname", "Surinamese", "Paramaribo"),
    ("SWE", "Sweden", "Swedish", "Stockholm"),
    ("CHE", "Switzerland", "Swiss", "Bern"),
    ("SYR", "Syria", "Syrian", "Damascus"),
    ("TJK", "Tajikistan", "Tajik", "Dushanbe"),
    ("THA", "Thailand", "Thai", "Bangkok"),
    ("TLS", "East Timor", "East Timorese", "Dili"),
    ("TGO", "Togo", "Togolese", "Lome"),
    ("TON", "Tonga", "Tongan", "Nuku'alofa"),
    ("TTO", "Trinidad and Tobago", "Trinidadian", "Port of Spain"),
    ("TUN", "Tunisia", "Tunisian", "Tunis"),
    ("TUR", "Turkey", "Turkish", "Ankara"),
    ("TKM", "Turkmenistan", "Turkmen", "Ashgabat"),
    ("TUV", "Tuvalu", "Tuvaluan", "Funafuti"),
    ("UGA", "Uganda", "Ugandan", "Kampala"),
    ("UKR", "Ukraine", "Ukrainian", "Kyiv"),
    ("ARE", "United Arab Emirates", "Emirati", "Abu Dhabi"),
    ("GBR", "United Kingdom", "British", "London"),
    ("TZA", "Tanzania", "Tanzanian", "Dodoma"),
    ("USA", "United States", "American", "Washington"),
    ("URY", "Uruguay", "Uruguayan", "Montevideo"),
    ("UZB", "Uzbekistan", "Uzbek", "Tashkent"),
    ("VUT", "Vanuatu", "Ni-Vanuatu", "Port Vila"),
    ("VEN", "Venezuela", "Venezuelan", "Caracas"),
    ("VNM", "Vietnam", "Vietnamese", "Hanoi"),
    ("YEM", "Yemen", "Yemeni", "Sanaa"),
    ("ZMB", "Zambia", "Zambian", "Lusaka"),
    ("ZWE", "Zimbabwe", "Zimbabwean", "Harare"),
];

/// Other names news uses for member states: official short forms, former
/// and local names, abbreviations, plural demonyms and second capitals.
const OTHER_NAMES: &[(&str, &str)] = &[
    ("CIV", "Côte d'Ivoire"),
    ("CZE", "Czechia"),
    ("TUR", "Türkiye"),
    ("MMR", "Burma"),
    ("SWZ", "Swaziland"),
    ("CPV", "Cabo Verde"),
    ("TLS", "Timor-Leste"),
    ("COD", "Democratic Republic of Congo"),
    ("COD", "DRC"),
    ("COG", "Republic of Congo"),
    ("COG", "Congo-Brazzaville"),
    ("GBR", "Britain"),
    ("GBR", "UK"),
    ("USA", "U.S."),
    ("ARE", "UAE"),
    ("PRK", "DPRK"),
    ("KOR", "Republic of Korea"),
    ("RUS", "Russian Federation"),
    ("MKD", "Macedonia"),
    ("VNM", "Viet Nam"),
    ("LAO", "Lao"),
    ("BRN", "Brunei Darussalam"),
    ("FSM", "Federated States of Micronesia"),
    ("KNA", "St. Kitts and Nevis"),
    ("VCT", "St. Vincent and the Grenadines"),
    ("LCA", "St. Lucia"),
    ("STP", "São Tomé and Príncipe"),
    ("UKR", "Kiev"),
    ("KAZ", "Nur-Sultan"),
    ("MMR", "Naypyidaw"),
    ("YEM", "Sana'a"),
    ("BRA", "Brasília"),
    ("COL", "Bogotá"),
    ("CMR", "Yaoundé"),
    ("TGO", "Lomé"),
    ("PRY", "Asunción"),
    ("MDA", "Chișinău"),
    ("ISL", "Reykjavík"),
    ("MNG", "Ulan Bator"),
    ("TZA", "Dar es Salaam"),
    ("BOL", "Sucre"),
    ("CIV", "Abidjan"),
    ("BDI", "Bujumbura"),
    ("BEN", "Cotonou"),
    ("MYS", "Putrajaya"),
    ("KIR", "South Tarawa"),
    ("CHE", "Berne"),
    ("AFG", "Afghans"),
    ("DEU", "Germans"),
    ("FRA", "Frenchman"),
    ("ESP", "Spaniards"),
    ("SWE", "Swedes"),
    ("DNK", "Danes"),
    ("FIN", "Finns"),
    ("POL", "Poles"),
    ("TUR", "Turks"),
    ("GBR", "Britons"),
    ("NZL", "New Zealanders"),
    ("ZAF", "South Africans"),
    ("SLB", "Solomon Islanders"),
    ("LKA", "Sri Lankans"),
    ("PHL", "Filipinos"),
    ("NPL", "Nepalese"),
    ("AZE", "Azeri"),
    ("HRV", "Croats"),
    ("SRB", "Serbs"),
    ("SVN", "Slovenes"),
    ("ARG", "Argentinian"),
    ("ECU", "Ecuadorean"),
    ("SLV", "Salvadorean"),
    ("BFA", "Burkinabè"),
    ("BWA", "Batswana"),
    ("LSO", "Mosotho"),
    ("SAU", "Saudis"),
    ("KAZ", "Kazakhstani"),
    ("CYP", "Greek Cypriot"),
];

/// Forms of the table that resolve elsewhere on purpose (the reasons are in
/// the header of countries.lex): the country they stand for instead, or
/// None when they stand for no country.
const ON_PURPOSE: &[(&str, Option<&str>)] = &[
    // News means the DRC by plain "Congolese"; the other Congo goes by its names.
    ("Congolese", Some("COD")),
    // "Dominican" is the Dominican Republic's, not Dominica's.
    ("Dominican", Some("DOM")),
    // Stands for the European Union in diplomatic news (a place in places.lex).
    ("Brussels", None),
    // Capitals that are common words or better-known places elsewhere.
    ("St. John's", None),
    ("St. George's", None),
    ("Georgetown", None),
    ("Victoria", None),
];

/// The countries `form` stands for, as codes.
fn countries(lex: &Lexicon, form: &str) -> Vec<String> {
    let mut codes: Vec<String> = lex
        .lookup_name(form)
        .iter()
        .filter_map(|r| match r.target {
            Target::Country(i) => Some(lex.countries[i].code.clone()),
            _ => None,
        })
        .collect();
    codes.dedup();
    codes
}

/// None when `form` stands for `iso` alone, both as a whole name and inside a
/// sentence; else what is wrong.
fn mistake(lex: &Lexicon, iso: &str, form: &str) -> Option<String> {
    let found = countries(lex, form);
    if found != [iso] {
        return Some(format!("{iso}: {form:?} resolves to {found:?}"));
    }
    let sentence = format!("Officials in {form} said on Monday.");
    let start = "Officials in ".len();
    let hit = lex.find_names(&sentence).find(|hit| hit.start == start && hit.end == start + form.len());
    match hit {
        Some(hit)
            if lex
                .name_refs(&hit)
                .iter()
                .any(|r| matches!(r.target, Target::Country(i) if lex.countries[i].code == iso)) =>
        {
            None
        }
        _ => Some(format!("{iso}: {form:?} is not found as a whole in {sentence:?}")),
    }
}

#[test]
fn the_table_is_every_member_once() {
    let codes: HashSet<&str> = MEMBERS.iter().map(|row| row.0).collect();
    assert_eq!(codes.len(), 193, "a code is listed twice");
    let names: HashSet<&str> = MEMBERS.iter().map(|row| row.1).collect();
    assert_eq!(names.len(), 193, "a name is listed twice");
    let lex = Lexicon::embedded();
    for (iso, ..) in MEMBERS {
        assert!(lex.country(iso).is_some(), "{iso} has no entry");
    }
}

#[test]
fn every_member_resolves_by_name_demonym_and_capital() {
    let lex = Lexicon::embedded();
    let mut mistakes = Vec::new();
    for (iso, name, demonym, capital) in MEMBERS {
        for form in [name, demonym, capital] {
            match ON_PURPOSE.iter().find(|(f, _)| *f == form) {
                Some((_, instead)) => {
                    let found = countries(&lex, form);
                    if found.as_slice() != instead.as_slice() {
                        mistakes
                            .push(format!("{iso}: {form:?} should stand for {instead:?} on purpose, found {found:?}"));
                    }
                }
                None => mistakes.extend(mistake(&lex, iso, form)),
            }
        }
    }
    assert!(mistakes.is_empty(), "{} mistakes:\n{}", mistakes.len(), mistakes.join("\n"));
}

#[test]
fn other_names_of_members_resolve() {
    let lex = Lexicon::embedded();
    let mistakes: Vec<String> = OTHER_NAMES.iter().filter_map(|(iso, form)| mistake(&lex, iso, form)).collect();
    assert!(mistakes.is_empty(), "{} mistakes:\n{}", mistakes.len(), mistakes.join("\n"));
}

#[test]
fn a_leading_the_is_left_to_the_matcher() {
    // Listed without "The": the matcher takes "The Gambia" as the name "Gambia".
    let lex = Lexicon::embedded();
    let text = "Envoys of The Gambia and the Bahamas met.";
    let found: Vec<&str> = lex.find_names(text).map(|hit| &text[hit.start..hit.end]).collect();
    assert_eq!(found, ["Gambia", "Bahamas"]);
    assert_eq!(countries(&lex, "Gambia"), ["GMB"]);
    assert_eq!(countries(&lex, "Bahamas"), ["BHS"]);
}
