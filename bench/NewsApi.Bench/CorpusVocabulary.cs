namespace NewsApi.Bench;

/// <summary>
/// The word pools of <see cref="CorpusGenerator"/>, each in order of popularity (the generator draws from them with
/// Zipf-like weights, so the first entries are common and the tail is rare, as in real news).
/// </summary>
static class CorpusVocabulary
{
    public static readonly string[] Wires = ["Reuters", "AP", "AFP", "Xinhua", "Tasnim", "Kyodo", "ANSA", "EFE", "dpa", "Yonhap", "PTI", "Anadolu"];

    public static readonly string[] Cities =
    [
        "Washington", "London", "Paris", "Berlin", "Moscow", "Beijing", "Brussels", "Tokyo", "Kyiv", "Jerusalem",
        "Geneva", "Cairo", "New Delhi", "Ankara", "Tehran", "Rome", "Madrid", "Ottawa", "Nairobi", "Seoul",
        "Islamabad", "Baghdad", "Damascus", "Beirut", "Riyadh", "Doha", "Istanbul", "Warsaw", "Vienna", "Stockholm",
        "Canberra", "Jakarta", "Manila", "Hanoi", "Bangkok", "Lagos", "Addis Ababa", "Johannesburg", "Kinshasa", "Khartoum",
        "Brasilia", "Buenos Aires", "Santiago", "Lima", "Bogota", "Caracas", "Mexico City", "Havana", "Dhaka", "Kabul",
        "Tbilisi", "Yerevan", "Baku", "Minsk", "Vilnius", "Riga", "Tallinn", "Helsinki", "Oslo", "Copenhagen",
        "Dublin", "Lisbon", "Athens", "Belgrade", "Sarajevo", "Budapest", "Prague", "Bratislava", "Bucharest", "Sofia",
        "Tunis", "Algiers", "Rabat", "Tripoli", "Dakar", "Accra", "Abuja", "Kampala", "Kigali", "Harare",
        "Lusaka", "Maputo", "Luanda", "Mogadishu", "Sanaa", "Muscat", "Amman", "Nicosia", "Valletta", "Reykjavik",
    ];

    public static readonly string[] Countries =
    [
        "China", "Russia", "Ukraine", "Israel", "Iran", "Germany", "France", "Japan", "India", "Britain",
        "Turkey", "Brazil", "Canada", "Mexico", "Italy", "Spain", "Poland", "Syria", "Egypt", "Pakistan",
        "Saudi Arabia", "South Korea", "North Korea", "Australia", "Indonesia", "Nigeria", "South Africa", "Iraq", "Afghanistan", "Venezuela",
        "Argentina", "Colombia", "Kenya", "Ethiopia", "Sudan", "Lebanon", "Qatar", "Taiwan", "Vietnam", "Philippines",
        "Thailand", "Bangladesh", "Greece", "Sweden", "Norway", "Netherlands", "Belgium", "Switzerland", "Austria", "Hungary",
        "Romania", "Serbia", "Georgia", "Armenia", "Azerbaijan", "Belarus", "Kazakhstan", "Uzbekistan", "Mongolia", "Myanmar",
        "Cambodia", "Malaysia", "Singapore", "New Zealand", "Chile", "Peru", "Bolivia", "Ecuador", "Cuba", "Haiti",
        "Morocco", "Algeria", "Tunisia", "Libya", "Mali", "Niger", "Chad", "Senegal", "Ghana", "Cameroon",
        "Congo", "Uganda", "Rwanda", "Tanzania", "Zambia", "Zimbabwe", "Mozambique", "Angola", "Somalia", "Yemen",
        "Oman", "Jordan", "Kuwait", "Bahrain", "Cyprus", "Malta", "Iceland", "Ireland", "Portugal", "Finland",
        "Estonia", "Latvia", "Lithuania", "Moldova", "Slovakia", "Slovenia", "Croatia", "Bosnia", "Albania", "Montenegro",
    ];

    public static readonly string[] Organizations =
    [
        "United Nations", "European Union", "NATO", "White House", "Kremlin", "European Commission", "World Bank",
        "International Monetary Fund", "World Health Organization", "Central Bank", "Ministry of Finance",
        "Ministry of Defence", "Foreign Ministry", "Supreme Court", "National Security Council", "Security Council",
        "European Central Bank", "Federal Reserve", "African Union", "Arab League", "OPEC", "World Trade Organization",
        "Red Cross", "Amnesty International", "Human Rights Watch", "Interpol", "UNICEF", "World Food Programme",
        "International Atomic Energy Agency", "International Criminal Court", "Council of Europe", "G20", "Group of Seven",
        "Association of Southeast Asian Nations", "Organization of American States", "Electoral Commission",
        "Ministry of Health", "Ministry of Energy", "Ministry of Interior", "Ministry of Agriculture", "Parliament",
        "Senate", "Constitutional Court", "Audit Office", "Competition Authority", "Statistics Office",
        "Meteorological Office", "Coast Guard", "National Guard", "Border Police", "Chamber of Commerce",
        "Bar Association", "Medical Association", "Teachers' Union", "Transport Workers' Union", "Farmers' Federation",
        "Refugee Agency", "Nuclear Regulatory Commission", "Space Agency", "Anti-Corruption Bureau", "Ombudsman",
    ];

    public static readonly string[] Titles = ["Minister", "President", "Prime Minister", "Spokesman", "Governor", "Secretary", "Ambassador", "Senator", "Mayor", "Chancellor", "Commissioner", "General"];

    public static readonly string[] FirstNames =
    [
        "Maria", "John", "Ahmed", "Yuki", "Olga", "Pedro", "Grace", "Omar", "Lena", "David", "Anna", "Mohammed",
        "Wei", "Sofia", "James", "Fatima", "Hiroshi", "Elena", "Carlos", "Amina", "Peter", "Ingrid", "Rahul", "Chen",
        "Sarah", "Ali", "Keiko", "Ivan", "Lucia", "Kwame", "Emma", "Hassan", "Mei", "Andrei", "Isabel", "Tomas",
        "Nadia", "Robert", "Aisha", "Jonas", "Priya", "Luis", "Hana", "Viktor", "Claire", "Samuel", "Leila", "Marco",
        "Yara", "Michael", "Zeynep", "Pavel", "Rosa", "Daniel", "Noura", "Kenji", "Agnes", "Felipe", "Amara", "Stefan",
        "Rania", "Thomas", "Ji-woo", "Dmitri", "Camille", "Joseph", "Salma", "Arjun", "Helena", "Gabriel", "Ines", "Yusuf",
        "Marta", "Paul", "Layla", "Sergei", "Julia", "Kofi", "Astrid", "Miguel", "Dina", "Lars", "Farah", "Takeshi",
        "Eva", "Richard", "Zainab", "Nikolai", "Beatriz", "Chidi", "Sven", "Mariam", "Akira", "Laura", "Karim", "Ana",
    ];

    public static readonly string[] Surnames =
    [
        "Fischer", "Okafor", "Tanaka", "Silva", "Novak", "Haddad", "Brennan", "Moreau", "Kowalski", "Reyes",
        "Schmidt", "Nakamura", "Petrov", "Garcia", "Khan", "Rossi", "Dubois", "Ivanova", "Mensah", "Lindqvist",
        "Cohen", "Yilmaz", "Sato", "Popescu", "Nguyen", "Mahmoud", "Kim", "Park", "Hernandez", "Muller",
        "Jansen", "Larsen", "Andersen", "Horvat", "Kovacs", "Dvorak", "Nowak", "Wojcik", "Ferreira", "Santos",
        "Costa", "Oliveira", "Ramirez", "Torres", "Flores", "Vargas", "Castillo", "Morales", "Ortiz", "Delgado",
        "Ahmadi", "Hosseini", "Rahimi", "Karimi", "Abbasi", "Qureshi", "Siddiqui", "Chaudhry", "Sharma", "Patel",
        "Gupta", "Singh", "Reddy", "Iyer", "Banerjee", "Mukherjee", "Das", "Bose", "Wang", "Li",
        "Zhang", "Liu", "Chen", "Yang", "Huang", "Zhao", "Wu", "Zhou", "Xu", "Sun",
        "Ito", "Watanabe", "Yamamoto", "Kobayashi", "Kato", "Yoshida", "Yamada", "Sasaki", "Matsumoto", "Inoue",
        "Adeyemi", "Okonkwo", "Eze", "Balogun", "Mwangi", "Otieno", "Kamau", "Achieng", "Banda", "Phiri",
        "Dlamini", "Nkosi", "Mokoena", "Diallo", "Traore", "Coulibaly", "Keita", "Toure", "Sow", "Ba",
        "Smith", "Johnson", "Williams", "Brown", "Jones", "Miller", "Davis", "Wilson", "Taylor", "Clarke",
        "Walsh", "Murphy", "Kelly", "Byrne", "Ryan", "O'Brien", "Doyle", "McCarthy", "Gallagher", "Doherty",
        "Becker", "Wagner", "Hoffmann", "Schulz", "Koch", "Richter", "Klein", "Wolf", "Neumann", "Schwarz",
        "Lefebvre", "Laurent", "Bertrand", "Girard", "Bonnet", "Dupont", "Lambert", "Fontaine", "Rousseau", "Vincent",
        "Bianchi", "Romano", "Colombo", "Ricci", "Marino", "Greco", "Bruno", "Gallo", "Conti", "Esposito",
        "Sokolov", "Lebedev", "Kozlov", "Morozov", "Volkov", "Pavlov", "Semenov", "Golubev", "Vinogradov", "Bogdanov",
        "Shevchenko", "Bondarenko", "Kovalenko", "Tkachenko", "Kravchenko", "Oliynyk", "Lysenko", "Rudenko", "Savchenko", "Petrenko",
        "Demir", "Sahin", "Celik", "Yildiz", "Aydin", "Ozturk", "Arslan", "Dogan", "Kilic", "Aslan",
        "Haddadi", "Khoury", "Nasser", "Saleh", "Aziz", "Farouk", "Mansour", "Hamdan", "Suleiman", "Barakat",
    ];

    /// <summary>
    /// News topics, most covered first: the first phrase names the topic, the rest are words its stories use.
    /// </summary>
    public static readonly string[][] Topics =
    [
        ["the election", "voters", "polling stations", "the ballot", "turnout", "campaign rallies", "the opposition candidate"],
        ["inflation", "consumer prices", "interest rates", "wage growth", "the cost of living", "mortgage payments"],
        ["the war", "front line", "artillery fire", "troops", "drone strikes", "the offensive"],
        ["the budget", "public spending", "tax increases", "the deficit", "spending cuts", "borrowing"],
        ["the ceasefire", "a truce", "hostages", "mediators", "humanitarian corridors", "the peace plan"],
        ["trade talks", "tariffs", "export quotas", "the trade deal", "customs duties", "market access"],
        ["energy prices", "gas supplies", "oil output", "the power grid", "fuel subsidies", "electricity bills"],
        ["climate change", "emissions targets", "carbon capture", "renewable power", "heatwaves", "the climate summit"],
        ["migration", "asylum seekers", "border crossings", "deportation flights", "migrant boats", "the asylum system"],
        ["the pandemic", "the vaccine rollout", "infection rates", "booster doses", "hospital admissions", "lockdown measures"],
        ["the economy", "economic growth", "the recession", "unemployment", "factory output", "consumer confidence"],
        ["the corruption case", "bribery charges", "the prosecutor", "embezzlement", "money laundering", "the indictment"],
        ["the protests", "demonstrators", "riot police", "tear gas", "the crackdown", "street marches"],
        ["nuclear talks", "uranium enrichment", "centrifuges", "inspectors", "the nuclear deal", "sanctions relief"],
        ["sanctions", "asset freezes", "export controls", "the sanctions package", "blacklisted firms", "oil embargo"],
        ["the earthquake", "rescue teams", "aftershocks", "collapsed buildings", "survivors", "the death toll"],
        ["the floods", "heavy rain", "evacuations", "overflowing rivers", "flood defences", "displaced families"],
        ["healthcare reform", "hospital waiting lists", "nurses", "the health service", "drug prices", "insurance premiums"],
        ["the housing crisis", "house prices", "rents", "social housing", "homelessness", "building permits"],
        ["cyberattacks", "hackers", "ransomware", "data breaches", "the cyber agency", "stolen passwords"],
        ["artificial intelligence", "chatbots", "machine learning", "the AI act", "deepfakes", "chip exports"],
        ["the stock market", "share prices", "the bond market", "investors", "market volatility", "the index"],
        ["food security", "grain exports", "wheat prices", "fertiliser shortages", "the harvest", "famine warnings"],
        ["the coup", "the junta", "military rulers", "the transition timetable", "detained leaders", "the curfew"],
        ["the wildfires", "firefighters", "burned hectares", "evacuation orders", "drought", "water bombers"],
        ["pension reform", "the retirement age", "pension funds", "strikes", "trade unions", "early retirement"],
        ["the trial", "the defendant", "the jury", "the verdict", "witnesses", "the defence lawyers"],
        ["terrorism", "the attack", "counter-terrorism", "the suspects", "security forces", "the bombing"],
        ["the refugee crisis", "refugee camps", "aid convoys", "the UN refugee agency", "shelter", "winter supplies"],
        ["the space programme", "the rocket launch", "satellites", "the lunar mission", "astronauts", "the launch pad"],
        ["the shipping crisis", "container ships", "freight rates", "the canal", "port congestion", "supply chains"],
        ["labour strikes", "walkouts", "pay disputes", "picket lines", "collective bargaining", "the strike ballot"],
        ["the drought", "water rationing", "reservoirs", "crop failures", "irrigation", "dry riverbeds"],
        ["press freedom", "jailed journalists", "media laws", "censorship", "broadcast licences", "the newsroom raid"],
        ["the referendum", "the independence vote", "the referendum campaign", "the yes side", "the no camp", "the ballot question"],
        ["arms sales", "fighter jets", "air defence systems", "the arms deal", "missile deliveries", "defence contractors"],
        ["the debt crisis", "debt restructuring", "bondholders", "the bailout", "creditors", "default risk"],
        ["education reform", "school closures", "teachers' pay", "exam results", "university fees", "the curriculum"],
        ["the hurricane", "storm surge", "landfall", "power outages", "wind speeds", "storm damage"],
        ["gun violence", "the shooting", "gun laws", "the gunman", "mass shootings", "firearm permits"],
        ["the oil spill", "crude oil", "the tanker", "coastal damage", "clean-up crews", "marine life"],
        ["the mining dispute", "lithium", "mining licences", "copper mines", "royalties", "mining companies"],
        ["the tech antitrust case", "antitrust regulators", "market dominance", "the fine", "app stores", "the merger review"],
        ["the railway project", "high-speed rail", "the rail link", "construction costs", "the tunnel", "track upgrades"],
        ["disinformation", "fake accounts", "propaganda", "social media platforms", "fact-checkers", "influence campaigns"],
        ["the cholera outbreak", "cholera cases", "clean water", "oral vaccines", "field hospitals", "sanitation"],
        ["whaling", "whale quotas", "the whaling fleet", "marine sanctuaries", "conservationists", "the moratorium"],
        ["the avalanche", "mountain rescue", "ski resorts", "snowfall", "stranded climbers", "avalanche warnings"],
        ["the locust swarms", "locusts", "crop spraying", "pasture losses", "pest control", "the desert locust"],
        ["the volcano", "the eruption", "ash clouds", "lava flows", "volcanologists", "flight cancellations"],
        ["the doping scandal", "banned substances", "the anti-doping agency", "athletes", "test samples", "suspensions"],
        ["the heritage site", "archaeologists", "the excavation", "ancient ruins", "looted artefacts", "restoration work"],
        ["the bird flu outbreak", "poultry farms", "culling", "avian influenza", "egg prices", "the H5N1 strain"],
        ["the dam project", "hydropower", "the reservoir", "downstream countries", "water sharing", "the turbines"],
        ["the fishing dispute", "fishing rights", "trawlers", "fish stocks", "the fishing zone", "catch limits"],
        ["piracy", "pirates", "hijacked vessels", "naval patrols", "the shipping lane", "ransom payments"],
        ["the census", "population figures", "census data", "birth rates", "the statistics agency", "demographers"],
        ["the bridge collapse", "structural engineers", "the collapsed bridge", "safety inspections", "the inquiry", "infrastructure spending"],
        ["the plane crash", "the flight recorders", "crash investigators", "the airline", "the wreckage", "air safety"],
        ["the mpox outbreak", "mpox cases", "contact tracing", "the mpox vaccine", "isolation wards", "the health emergency"],
    ];

    public static readonly string[] Verbs = ["said", "told reporters", "said in a statement", "wrote on social media", "told a news conference", "said in an interview"];

    // What speakers say: as in real quotes, most do not name the topic.
    public static readonly string[] SpokenLines =
    [
        "We are determined to make progress on {W} and we will not be distracted",
        "This is not the time for division, people expect results",
        "We have been clear from the start and we will keep our word",
        "Nobody wants to see a repeat of last year",
        "The door remains open, but we need to see a serious offer",
        "We will look at the proposals carefully and respond in due course",
        "What matters now is {W}, and everyone around the table knows it",
        "Our partners in {P} understand our position",
    ];

    public static readonly string[] Concerns = ["the situation", "the lack of progress", "the latest reports", "the delays", "the tone of the debate"];

    // General news sentences; {P} a place, {O} an organisation, {T} the article's topic, {W} a word of its topic,
    // {X} another topic, {N} a person.
    public static readonly string[] Fillers =
    [
        "The talks in {P} followed weeks of tension over {T}, and analysts expect further meetings before the end of the month.",
        "Officials from the {O} met their counterparts in {P} on Tuesday to discuss {T} and the outlook for the coming year.",
        "Markets in {P} were little changed after the announcement, with traders waiting for more detail on {W}.",
        "The {O} has faced criticism from opposition parties in {P}, who say its handling of {T} has been too slow.",
        "Figures published on Monday showed a modest improvement, although economists in {P} warned that {W} remained a risk.",
        "Diplomats said a compromise on {W} was within reach but cautioned that {X} could still derail the process.",
        "{N}, who has followed {T} for years, said the government had underestimated {W}.",
        "In {P}, residents described the past week as the most difficult since the start of {T}.",
        "The government has promised a review of {W}, but critics say the timetable is vague.",
        "A report by the {O} last month said {W} had worsened in at least a dozen regions.",
        "Lawmakers in {P} are due to vote on a motion on {T} on Thursday, officials said.",
        "The debate over {W} has divided the ruling coalition, according to people familiar with the matter.",
        "Independent monitors said it was too early to judge the effect of the new measures on {W}.",
        "Newspapers in {P} devoted their front pages to {T} on Friday, and television stations ran special programmes.",
        "Earlier this year the {O} set out a plan to deal with {W}, though few of its targets have been met.",
        "Some observers linked the shift to {X}, while others pointed to domestic politics in {P}.",
        "The latest figures on {W} are expected next week, when the {O} publishes its quarterly review.",
        "Business groups in {P} welcomed the decision but asked for clearer rules on {W}.",
        "Aid agencies said they were ready to help but needed guarantees of access before moving into the area.",
        "Opinion polls suggest public concern about {T} has grown steadily over the past six months.",
        "Analysts at a research institute in {P} said the episode showed how closely {T} and {X} were now linked.",
        "The minister is expected to travel to {P} next week for further talks on {W}.",
        "Officials declined to comment on the details, citing the sensitivity of the negotiations over {W}.",
        "Local media reported that the meeting in {P} ended without a joint statement.",
    ];
}
