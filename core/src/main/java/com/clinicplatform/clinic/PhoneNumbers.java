package com.clinicplatform.clinic;

import java.util.Locale;

import com.google.i18n.phonenumbers.NumberParseException;
import com.google.i18n.phonenumbers.PhoneNumberUtil;
import com.google.i18n.phonenumbers.PhoneNumberUtil.PhoneNumberFormat;

/** Phone numbers as people type them, turned into what a {@code tel:} link needs. */
public final class PhoneNumbers {

    private static final PhoneNumberUtil UTIL = PhoneNumberUtil.getInstance();

    private PhoneNumbers() {
    }

    /**
     * The {@code tel:} URI for a number typed in local or international form: international (E.164) whenever the
     * number can be read, so the link also works from abroad; otherwise the digits as typed.
     */
    public static String telUri(String typed, Locale clinicLocale) {
        try {
            var number = UTIL.parse(typed, clinicLocale.getCountry());
            if (UTIL.isValidNumber(number)) {
                return "tel:" + UTIL.format(number, PhoneNumberFormat.E164);
            }
        } catch (NumberParseException e) {
            // not a number libphonenumber can read: fall back to the typed digits
        }
        return "tel:" + typed.replaceAll("[^0-9+]", "");
    }
}
