package com.clinicplatform.system;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;

import org.junit.jupiter.api.Test;

class TrustedProxiesTest {

    private final TrustedProxies proxies = new TrustedProxies(List.of("10.0.0.0/8", "192.168.1.7", "fd00::/8"));

    @Test
    void addressesAndRangesOfBothKindsAreTrusted() {
        assertThat(proxies.isTrusted("10.20.30.40")).isTrue();
        assertThat(proxies.isTrusted("192.168.1.7")).isTrue();
        assertThat(proxies.isTrusted("fd12:3456::1")).isTrue();
        assertThat(proxies.isTrusted("11.0.0.1")).isFalse();
        assertThat(proxies.isTrusted("192.168.1.8")).isFalse();
        assertThat(proxies.isTrusted("fe80::1")).isFalse();
    }

    @Test
    void namesAndNonsenseAreNeverTrustedNorLookedUp() {
        assertThat(proxies.isTrusted("localhost")).isFalse();
        assertThat(proxies.isTrusted("cafe.be")).isFalse();  // hex letters only, still a name
        assertThat(proxies.isTrusted("")).isFalse();
        assertThat(proxies.isTrusted(null)).isFalse();
        assertThatThrownBy(() -> new TrustedProxies(List.of("proxy.example"))).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new TrustedProxies(List.of("10.0.0.0/33"))).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void theClientIsTheRightMostForwardedAddressThatIsNotATrustedProxy() {
        // what the client wrote itself (1.1.1.1) is ignored: the trusted proxy appended the real address
        assertThat(proxies.clientAddress("10.0.0.5", "1.1.1.1, 203.0.113.9")).isEqualTo("203.0.113.9");
        // two trusted proxies in a row
        assertThat(proxies.clientAddress("10.0.0.5", "203.0.113.9, 10.0.0.6")).isEqualTo("203.0.113.9");
        // from anyone else the header is not believed at all
        assertThat(proxies.clientAddress("198.51.100.1", "203.0.113.9")).isEqualTo("198.51.100.1");
        assertThat(proxies.clientAddress("10.0.0.5", null)).isEqualTo("10.0.0.5");
    }
}
