package com.clinicplatform.inquiry;

/**
 * The inquiry figures on the staff dashboard.
 *
 * @param thisWeek inquiries received since Monday in the clinic's time zone, spam left out
 * @param received inquiries received in the last {@value #CONVERSION_DAYS} days, spam left out
 * @param converted of those, how many became patients
 */
public record InquiryFigures(long thisWeek, long received, long converted) {

    public static final int CONVERSION_DAYS = 90;

    /** The share of inquiries that became patients, 0 to 1; 0 when none came. */
    public double conversionRate() {
        return received == 0 ? 0 : (double) converted / received;
    }
}
