package nl.ddjgz.security;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Slows down password guessing without letting an outsider lock anyone out: failed logins are counted per account
 * <em>and source address</em> and per source address; after the free attempts each further failure doubles the wait
 * before that pair (or that address) may try again, up to a maximum. A colleague at another workstation is never
 * slowed down by someone guessing her password elsewhere. Unknown user names are counted like known ones, so the
 * answer tells nothing about which names exist. Counts live in this node's memory (a restart forgets them).
 */
final class LoginThrottle {

    private static final int MAX_ENTRIES = 100_000;

    private final SecurityProperties properties;
    private final Clock clock;
    private final Map<String, Failures> byAccountAndAddress = new ConcurrentHashMap<>();
    private final Map<String, Failures> byAddress = new ConcurrentHashMap<>();

    LoginThrottle(SecurityProperties properties, Clock clock) {
        this.properties = properties;
        this.clock = clock;
    }

    /** How long this account from this address must still wait before the next attempt (zero: it may try now). */
    Duration waitFor(String username, String address) {
        Instant now = clock.instant();
        Duration pair = wait(byAccountAndAddress.get(key(username, address)), properties.loginFreeAttempts(), now);
        Duration source = wait(byAddress.get(address(address)), properties.addressFreeAttempts(), now);
        return pair.compareTo(source) >= 0 ? pair : source;
    }

    void failed(String username, String address) {
        Instant now = clock.instant();
        forgetOld(now);
        byAccountAndAddress.merge(key(username, address), new Failures(1, now), Failures::add);
        byAddress.merge(address(address), new Failures(1, now), Failures::add);
    }

    /** The right password: this account from this address starts afresh (the address keeps its count). */
    void succeeded(String username, String address) {
        byAccountAndAddress.remove(key(username, address));
    }

    private Duration wait(Failures failures, int free, Instant now) {
        if (failures == null || failures.count() < free) {
            return Duration.ZERO;
        }
        Duration delay = delay(failures.count() - free);
        Duration left = Duration.between(now, failures.last().plus(delay));
        return left.isNegative() ? Duration.ZERO : left;
    }

    /** The first delay, doubled per failure over the free ones, never more than the maximum. */
    private Duration delay(int over) {
        Duration max = properties.loginMaxDelay();
        Duration delay = properties.loginFirstDelay();
        for (int i = 0; i < over && delay.compareTo(max) < 0; i++) {
            delay = delay.multipliedBy(2);
        }
        return delay.compareTo(max) > 0 ? max : delay;
    }

    private void forgetOld(Instant now) {
        if (byAccountAndAddress.size() + byAddress.size() < MAX_ENTRIES) {
            return;
        }
        Instant before = now.minus(properties.loginMaxDelay().multipliedBy(2));
        byAccountAndAddress.values().removeIf(f -> f.last().isBefore(before));
        byAddress.values().removeIf(f -> f.last().isBefore(before));
    }

    private static String key(String username, String address) {
        return (username == null ? "" : username.strip().toLowerCase(Locale.ROOT)) + "\u0000" + address(address);
    }

    private static String address(String address) {
        return address == null ? "" : address;
    }

    private record Failures(int count, Instant last) {
        Failures add(Failures other) {
            return new Failures(count + other.count, other.last);
        }
    }
}
