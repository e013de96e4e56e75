package com.clinicplatform.audit;

/**
 * Who did something, and from where.
 *
 * @param accountId the account that acted; null for the platform itself
 * @param username the account's username at the time; null for the platform itself
 * @param clientAddress the address the request came from, when there was a request
 */
public record Actor(Long accountId, String username, String clientAddress) {

    /** The platform acting on its own, such as a scheduled purge. */
    public static final Actor PLATFORM = new Actor(null, null, null);
}
