package com.clinicplatform.clinic;

import java.util.Locale;
import java.util.Optional;

import com.google.i18n.phonenumbers.NumberParseException;
import com.google.i18n.phonenumbers.PhoneNumberUtil;
import com.google.i18n.phonenumbers.PhoneNumberUtil.PhoneNumberFormat;

/** Phone numbers as people type them, turned into what a {@code tel:} link needs. */
public final class PhoneNumbers {

    private static final PhoneNumberUtil UTIL = PhoneNumberUtil.getInstance();

    private PhoneNumbers() {
    }

    /**
     * The number in international form (E.164, {@code +442079460321}) when it is a valid number, typed locally (read
     * in the clinic's country) or internationally; empty otherwise.
     */
    public static Optional<String> international(String typed, Locale clinicLocale) {
        try {
            var number = UTIL.parse(typed, clinicLocale.getCountry());
            return UTIL.isValidNumber(number) ? Optional.of(UTIL.format(number, PhoneNumberFormat.E164))
                    : Optional.empty();
        } catch (NumberParseException e) {
            return Optional.empty();
        }
    }

    /**
     * The {@code tel:} URI for a number typed in local or international form: international (E.164) whenever the
     * number can be read, so the link also works from abroad; otherwise the digits as typed.
     */
    public static String telUri(String typed, Locale clinicLocale) {
        // not a number libphonenumber can read: the typed digits
        return "tel:" + international(typed, clinicLocale).orElseGet(() -> typed.replaceAll("[^0-9+]", ""));
    }

    /**
     * A stored international number as staff read it: in the national form for a number of the clinic's own country
     * ({@code 020 7946 0321}), in the spaced international form for any other ({@code +33 1 23 45 67 89}).
     */
    public static String readable(String international, Locale clinicLocale) {
        try {
            var number = UTIL.parse(international, clinicLocale.getCountry());
            boolean home = clinicLocale.getCountry().equals(UTIL.getRegionCodeForNumber(number));
            return UTIL.format(number, home ? PhoneNumberFormat.NATIONAL : PhoneNumberFormat.INTERNATIONAL);
        } catch (NumberParseException e) {
            return international;
        }
    }
}
