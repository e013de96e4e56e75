package com.clinicplatform.treatment;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

import org.springframework.stereotype.Component;

import com.clinicplatform.system.SignedTokens;

/**
 * Links that show a revision exactly as the public site would, to whoever holds them, until they expire. Signed with
 * {@code CLINIC_SIGNING_SECRET} by web-admin and checked by public-site, which shares no session with it.
 */
@Component
public class PagePreviews {

    /** Long enough for a colleague to look at it today, short enough that a forwarded link soon stops working. */
    public static final Duration LIFETIME = Duration.ofHours(24);

    private static final String PURPOSE = "page-preview";

    private final SignedTokens tokens;
    private final Clock clock;

    PagePreviews(SignedTokens tokens, Clock clock) {
        this.tokens = tokens;
        this.clock = clock;
    }

    String sign(Preview preview) {
        return tokens.sign(PURPOSE, preview.kind() + ":" + preview.revisionId() + ":"
                + clock.instant().plus(LIFETIME).getEpochSecond());
    }

    /** The revision a token shows; empty when it was not signed here, is malformed, or has expired. */
    public Optional<Preview> verify(String token) {
        return tokens.verify(PURPOSE, token).flatMap(payload -> {
            var parts = payload.split(":");
            if (parts.length != 3) {
                return Optional.empty();
            }
            try {
                var kind = PageKind.valueOf(parts[0]);
                long revisionId = Long.parseLong(parts[1]);
                var expires = Instant.ofEpochSecond(Long.parseLong(parts[2]));
                return clock.instant().isBefore(expires) ? Optional.of(new Preview(kind, revisionId))
                        : Optional.empty();
            } catch (IllegalArgumentException e) {
                return Optional.empty();
            }
        });
    }

    /** Which revision, of which kind of page. */
    public record Preview(PageKind kind, long revisionId) {
    }
}
