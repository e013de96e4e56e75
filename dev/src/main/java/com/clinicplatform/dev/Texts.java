package com.clinicplatform.dev;

import java.util.Random;

/**
 * The words in generated records: invented staff, and short sentences of the kind staff and patients write. All made
 * up for this generator; none of it describes a real person.
 */
final class Texts {

    /** Who gives the courses. */
    static final String[] CLINICIANS = {"Dr Helena Marsh", "Dr Tobias Wren", "Dr Amara Osei", "Dr Callum Fraser",
        "Dr Ines Carvalho", "Dr Rajiv Menon"};

    /** Nurses and practitioners who make most follow-up calls. */
    static final String[] NURSES = {"Bethan Lloyd", "Kofi Mensah", "Hannah Price", "Lucia Romano"};

    /** Reception: who registers patients and records their consents. */
    static final String[] FRONT_DESK = {"Megan Doyle", "Arjun Patel", "Chloe Whitaker"};

    static final String[] PATIENT_NOTES = {
        "Prefers appointments before 10am because of work.",
        "Asked for letters to go to the home address rather than by email.",
        "Hard of hearing on the left side: face the patient when speaking.",
        "Travels in by train; late-morning slots suit best.",
        "Anxious about needles. A longer explanation beforehand helped a lot.",
        "Usually comes with her daughter, who helps with the forms.",
        "Invoice to be made out to the employer's health scheme.",
        "Letter from the GP received and added to the record.",
        "Brought an MRI report from another provider to the consultation.",
        "Takes blood thinners: tell the clinician before every procedure.",
        "Reports a mild latex allergy; use non-latex gloves.",
        "Asked whether physiotherapy can run alongside the course; leaflet given.",
        "Keen cyclist hoping to be back on long rides by the summer.",
        "Asked for a copy of the signed consent form; sent by post.",
        "Phoned to say the swelling has gone down. Nothing further needed.",
        "Uses a wheelchair: book a ground-floor room.",
        "Prefers a shortened first name; check the record before calling.",
        "Paid the deposit for the second session.",
        "Moving abroad next year; asked how follow-ups could be done remotely.",
        "Insurer's pre-authorisation reference added to the invoice.",
        "Had a steroid injection in the same joint about a year ago.",
        "Would rather have follow-up calls in the evening.",
        "Happy to fill in the outcome questionnaire each time.",
        "Arrived late after a delayed train; the session started 20 minutes late.",
        "Diabetic: blood sugar to be checked before the harvest.",
        "Works night shifts, so afternoon appointments are best.",
        "Referred by the physiotherapist at a local running club.",
        "Cancelled at short notice twice; reminder call the day before agreed.",
        "Asked about the evidence for the treatment; summary sheet given.",
        "Parking permit to be left at reception for the next visit."};

    /** What people write about a treatment: {@code %1$s} is where it hurts ("my knee"), {@code %2$s} the treatment. */
    static final String[] INQUIRY_MESSAGES = {
        "I've had trouble with %1$s for a couple of years. Could %2$s help, and what would it cost?",
        "My physiotherapist suggested I ask about %2$s. Would I need a scan before coming in about %1$s?",
        "Steroid injections for %1$s only helped for a few weeks. I'd like to hear about %2$s.",
        "Is %2$s something you would consider for someone in their seventies? It's about %1$s.",
        "I play tennis twice a week and %1$s is holding me back. How soon could I see someone about %2$s?",
        "I already have an MRI report for %1$s. Can I send it before a consultation about %2$s?",
        "A friend was treated at the clinic last year and recommended you. I'd like to talk about %1$s.",
        "How many sessions does %2$s usually take for %1$s, and how long is the recovery?",
        "Do you offer payment in instalments for %2$s? I'd like to do something about %1$s this year."};

    static final String[] NOT_SURE_MESSAGES = {
        "I'm not sure which of your treatments would suit me. Could someone call me to talk it through?",
        "I've been in pain for a while and don't know where to start. What happens at a first appointment?",
        "Could you send me some information about prices and what a consultation involves?",
        "My GP mentioned regenerative treatments. Do I need a referral to see you?"};

    static final String[] SPAM_MESSAGES = {
        "We can put your clinic at the top of search results in 30 days. Reply for our price list!!",
        "Verified reviews and followers at wholesale prices. Limited offer, act now.",
        "Bulk medical supplies at unbeatable discounts, write to our sales team today.",
        "Dear sir or madam, I have a business proposal that will be of great interest to you."};

    static final String[] BEST_TIMES = {"Weekday mornings", "After 5pm", "Lunchtime", "Any time", "Afternoons",
        "Not on Mondays", "Before 9am"};

    static final String[] REVIEW_BETTER = {"Walking further with less pain.",
        "Back to light gardening; pleased so far.",
        "Sleeping better, with no pain at night now.", "Exercises going well; cutting down on painkillers.",
        "Managing stairs again without the handrail."};

    static final String[] REVIEW_SAME = {"Little change yet; reassured that it can take longer.",
        "Still stiff in the mornings; home exercises gone through again.",
        "About the same as before the course. Review again at the next check."};

    static final String[] REVIEW_WORSE = {"More pain than before the course; the clinician will call to discuss.",
        "Flare-up after going back to sport too soon; advised to rest for two weeks."};

    static final String[] REPEAT_CHECK_NOTES = {"Doing well; no repeat course wanted for now.",
        "Interested in a repeat course; consultation to be booked.",
        "Left a message, then spoke the next day. Happy with the result.",
        "Would rather wait another six months before deciding.",
        "Pain creeping back over the winter; wants to discuss a second course."};

    static final String[] ADVERSE_EVENT_DESCRIPTIONS = {"Reported by phone the next morning.",
        "Noticed at the review appointment.", "The patient emailed photos of the site.",
        "Came back to the clinic later the same week.", "Mentioned on the follow-up call."};

    private Texts() {
    }

    static String any(String[] texts, Random random) {
        return texts[random.nextInt(texts.length)];
    }

    /** Usually nothing, sometimes one of the texts. */
    static String sometimes(String[] texts, double chance, Random random) {
        return random.nextDouble() < chance ? any(texts, random) : null;
    }
}
