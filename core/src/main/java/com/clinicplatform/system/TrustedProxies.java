package com.clinicplatform.system;

import java.math.BigInteger;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.List;
import java.util.Optional;

/**
 * The proxies in {@code CLINIC_TRUSTED_PROXIES} (addresses or CIDR ranges, IPv4 or IPv6), whose word about the client
 * is believed; and, from what they forwarded, the client's address. Only address literals are read: no name is ever
 * looked up.
 */
public final class TrustedProxies {

    private final List<Range> ranges;

    public TrustedProxies(List<String> proxies) {
        this.ranges = proxies.stream().map(Range::parse).toList();
    }

    public boolean isEmpty() {
        return ranges.isEmpty();
    }

    public boolean isTrusted(String address) {
        return literal(address).map(parsed -> ranges.stream().anyMatch(range -> range.contains(parsed)))
                .orElse(false);
    }

    /**
     * The client behind {@code remoteAddress}: the right-most {@code X-Forwarded-For} entry that is not itself a
     * trusted proxy, since the entries to its left were written by whoever sent the request and could say anything.
     * The remote address itself when it is not a trusted proxy.
     */
    public String clientAddress(String remoteAddress, String forwardedFor) {
        String client = remoteAddress;
        if (forwardedFor != null) {
            String[] hops = forwardedFor.split(",");
            for (int i = hops.length - 1; i >= 0 && isTrusted(client); i--) {
                String hop = hops[i].strip();
                if (!hop.isEmpty()) {
                    client = hop;
                }
            }
        }
        return client;
    }

    private static Optional<InetAddress> literal(String address) {
        // dotted IPv4, or IPv6 (which has colons): a name such as "cafe.be", made of hex letters, is never looked up
        if (address == null || !(address.matches("[0-9]{1,3}(\\.[0-9]{1,3}){3}")
                || address.contains(":") && address.matches("[0-9A-Fa-f.:]+"))) {
            return Optional.empty();
        }
        try {
            return Optional.of(InetAddress.getByName(address));
        } catch (UnknownHostException e) {
            return Optional.empty();
        }
    }

    private record Range(InetAddress network, int prefix) {

        static Range parse(String proxy) {
            var parts = proxy.strip().split("/", 2);
            var network = literal(parts[0]).orElseThrow(() -> new IllegalArgumentException(
                    "CLINIC_TRUSTED_PROXIES: " + proxy + " is not an address or a CIDR range"));
            int bits = network.getAddress().length * 8;
            int prefix = parts.length == 1 ? bits : Integer.parseInt(parts[1]);
            if (prefix < 0 || prefix > bits) {
                throw new IllegalArgumentException("CLINIC_TRUSTED_PROXIES: " + proxy + " has no such prefix length");
            }
            return new Range(network, prefix);
        }

        boolean contains(InetAddress address) {
            var mine = network.getAddress();
            var theirs = address.getAddress();
            if (mine.length != theirs.length) {
                return false;
            }
            int bits = mine.length * 8;
            var shift = bits - prefix;
            return new BigInteger(1, mine).shiftRight(shift).equals(new BigInteger(1, theirs).shiftRight(shift));
        }
    }
}
