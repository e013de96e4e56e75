package com.clinicplatform.dev;

import java.util.Locale;
import java.util.Random;

import net.datafaker.Faker;

/**
 * Invented people who can reach no one: British names from Datafaker, email addresses at {@code example.com}, phone
 * numbers in the London and Bristol ranges set aside for drama (020 7946 0xxx, 0117 496 0xxx) and made-up addresses.
 */
final class People {

    private static final String[] STREETS = {"Larch", "Mill", "Church", "Station", "Orchard", "Victoria", "Meadow",
        "Kingsley", "Hawthorn", "Abbey", "Quarry", "Bridge", "Chapel", "Willow", "Granary", "Foxglove", "Ferndale",
        "Copper Beech", "Harbour", "Lime Kiln"};
    private static final String[] STREET_KINDS = {"Road", "Street", "Lane", "Close", "Avenue", "Gardens", "Way",
        "Crescent", "Terrace", "Drive"};
    private static final String[] POSTCODE_AREAS = {"BS", "BA", "GL", "SN", "OX", "RG", "SO", "BH", "EX", "TA",
        "CF", "HR", "WR", "CV", "LE", "NG", "LS", "CH", "SK", "BN", "TN", "CT", "CB", "IP", "NR", "MK", "GU", "KT", "N",
        "SE"};
    /** Towns are made of two halves, as many English place names are: Ashbury, Kingsford, Thornleigh… */
    private static final String[] TOWN_STARTS = {"Ash", "Brack", "Thorn", "Kings", "Wester", "Hal", "Brom", "Stan",
        "Marl", "Hen", "Oak", "Wex", "Crab", "Lang", "Sel"};
    private static final String[] TOWN_ENDS = {"bury", "ford", "leigh", "ton", "wick", "mere", "field", "combe",
        "borough", "stow"};
    private static final String POSTCODE_LETTERS = "ABDEFGHJLNPQRSTUWXYZ";

    private final Faker faker;

    People(Faker faker) {
        this.faker = faker;
    }

    String firstName() {
        return faker.name().firstName();
    }

    String lastName() {
        return faker.name().lastName();
    }

    /** An address at example.com, made unique by a number. */
    static String email(String first, String last, long unique) {
        return (first + "." + last + "." + unique + "@example.com").toLowerCase(Locale.ROOT).replace("'", "");
    }

    /** An international (E.164) number in a drama range. */
    static String phone(Random random) {
        return (random.nextBoolean() ? "+4420794600" : "+4411749600") + "%02d".formatted(random.nextInt(100));
    }

    /** How a person might type that number into a form. */
    static String asTyped(String phone, Random random) {
        var national = "0" + phone.substring(3);
        // 020 7946 0042 in London, 0117 496 0042 in Bristol
        int areaEnd = national.startsWith("020") ? 3 : 4;
        var spaced = national.substring(0, areaEnd) + " " + national.substring(areaEnd, 7) + " "
                + national.substring(7);
        return switch (random.nextInt(3)) {
            case 0 -> national;
            case 1 -> spaced;
            default -> "+44 " + spaced.substring(1);
        };
    }

    /** A made-up postal address: a house on an invented street in an invented town, a postcode of the right shape. */
    static String address(Random random) {
        return (1 + random.nextInt(140)) + " " + Texts.any(STREETS, random) + " " + Texts.any(STREET_KINDS, random)
                + ", " + Texts.any(TOWN_STARTS, random) + Texts.any(TOWN_ENDS, random) + " "
                + Texts.any(POSTCODE_AREAS, random) + (1 + random.nextInt(20)) + " " + random.nextInt(10)
                + letter(random) + letter(random);
    }

    private static char letter(Random random) {
        return POSTCODE_LETTERS.charAt(random.nextInt(POSTCODE_LETTERS.length()));
    }
}
