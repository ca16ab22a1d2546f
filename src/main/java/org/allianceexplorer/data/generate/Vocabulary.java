package org.allianceexplorer.data.generate;

/** The words synthetic records are made of: names, outlets, roles, kinds, places and the assemblies. */
final class Vocabulary {

    private Vocabulary() {}

    static final String[] FIRST = {
        "Aamir", "Ayesha", "Bilal", "Bushra", "Danish", "Farah", "Faisal", "Ghazala", "Hamza", "Hina", "Imran", "Iqra",
        "Junaid", "Kiran", "Kamran", "Lubna", "Mahnoor", "Nadeem", "Nasreen", "Omar", "Parveen", "Qasim", "Rabia",
        "Saad", "Sadia", "Tariq", "Uzma", "Usman", "Waqar", "Yasmin", "Zafar", "Zainab", "Asif", "Shazia", "Naveed",
        "Fouzia", "Rizwan", "Samina", "Tahir", "Amna"
    };
    static final String[] LAST = {
        "Abbasi",
        "Afridi",
        "Ahmed",
        "Akhtar",
        "Alvi",
        "Baig",
        "Bhatti",
        "Bugti",
        "Butt",
        "Chaudhry",
        "Dar",
        "Durrani",
        "Gilani",
        "Gondal",
        "Hashmi",
        "Jamali",
        "Jatoi",
        "Kakar",
        "Khan",
        "Khattak",
        "Leghari",
        "Magsi",
        "Malik",
        "Marri",
        "Mengal",
        "Mirza",
        "Niazi",
        "Qureshi",
        "Rana",
        "Rind",
        "Sheikh",
        "Siddiqui",
        "Soomro",
        "Syed",
        "Tareen",
        "Talpur",
        "Wattoo",
        "Yousafzai",
        "Zardari",
        "Zehri"
    };
    static final String[] ADJECTIVES = {
        "National",
        "Peoples",
        "Democratic",
        "Progressive",
        "United",
        "Islamic",
        "Awami",
        "Justice",
        "Labour",
        "Green",
        "Liberal",
        "Conservative",
        "Federal",
        "Republican"
    };
    static final String[] NOUNS = {"Party", "League", "Movement", "Front", "Congress", "Union", "Council", "Assembly"};
    static final String[] OUTLETS = {
        "Dawn",
        "The News",
        "The Express Tribune",
        "Business Recorder",
        "The Nation",
        "Geo News",
        "ARY News",
        "Pakistan Today",
        "Daily Times",
        "Samaa"
    };
    static final String[] ROLES = {"member", "leader", "president", "secretary general", "spokesperson"};
    static final String[] ALLIANCE_KINDS = {
        "electoral_alliance",
        "seat_adjustment_pact",
        "cooperation_agreement",
        "governing_coalition",
        "opposition_movement"
    };
    static final String[] RELATION_KINDS = {"rivalry", "cooperation", "split", "merger", "renamed"};
    static final String[] PLACES = {
        "Islamabad", "Lahore", "Karachi", "Peshawar", "Quetta", "Multan", "Hyderabad", "Faisalabad"
    };
    /** Assemblies: code, name, province, total, general, majority; the first is the national one. */
    static final Object[][] ASSEMBLIES = {
        {"NA", "National Assembly (synthetic)", null, 336, 266, 169},
        {"PP", "Provincial Assembly of the Punjab (synthetic)", "Punjab", 371, 297, 186},
        {"PS", "Provincial Assembly of Sindh (synthetic)", "Sindh", 168, 130, 85},
        {"PK", "Provincial Assembly of Khyber Pakhtunkhwa (synthetic)", "Khyber Pakhtunkhwa", 145, 115, 73},
        {"PB", "Provincial Assembly of Balochistan (synthetic)", "Balochistan", 65, 51, 33}
    };

    static final String[] PROVINCES = {"Punjab", "Sindh", "Khyber Pakhtunkhwa", "Balochistan"};
}
