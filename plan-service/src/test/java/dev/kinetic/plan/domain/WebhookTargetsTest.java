package dev.kinetic.plan.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.InetAddress;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

class WebhookTargetsTest {

    private static final WebhookTargets PRODUCTION = new WebhookTargets(false);
    private static final WebhookTargets LOCAL = new WebhookTargets(true);

    /** One address inside each blocked range (its first, its last, one in the middle), and one just outside. */
    static Stream<Arguments> everyBlockedRange() {
        return Stream.of(
                Arguments.of("0.0.0.0/8", "0.1.2.3", "1.0.0.1"),
                Arguments.of("10.0.0.0/8", "10.255.255.255", "11.0.0.1"),
                Arguments.of("100.64.0.0/10", "100.127.0.9", "100.128.0.1"),
                Arguments.of("127.0.0.0/8", "127.0.0.1", "128.0.0.1"),
                Arguments.of("169.254.0.0/16", "169.254.169.254", "169.253.255.255"),
                Arguments.of("172.16.0.0/12", "172.31.255.254", "172.32.0.1"),
                Arguments.of("192.0.0.0/24", "192.0.0.170", "192.0.1.1"),
                Arguments.of("192.0.2.0/24", "192.0.2.10", "192.0.3.1"),
                Arguments.of("192.168.0.0/16", "192.168.1.1", "192.169.0.1"),
                Arguments.of("198.18.0.0/15", "198.19.255.1", "198.20.0.1"),
                Arguments.of("198.51.100.0/24", "198.51.100.7", "198.51.101.1"),
                Arguments.of("203.0.113.0/24", "203.0.113.9", "203.0.114.1"),
                Arguments.of("224.0.0.0/4", "239.255.255.250", "223.255.255.254"),
                Arguments.of("240.0.0.0/4", "255.255.255.255", "223.1.1.1"),
                Arguments.of("::/128", "::", "::2"),
                Arguments.of("::1/128", "::1", "::3"),
                Arguments.of("100::/64", "100::1", "100:0:0:1::1"),
                Arguments.of("2001:db8::/32", "2001:db8:85a3::8a2e:370:7334", "2001:db9::1"),
                Arguments.of("fc00::/7", "fd12:3456:789a::1", "fe00::1"),
                Arguments.of("fe80::/10", "fe80::1", "fec0::1"),
                Arguments.of("ff00::/8", "ff02::1", "fe7f::1"));
    }

    @Test
    void everyBlockedRangeHasARow() {
        assertThat(everyBlockedRange().map(a -> (String) a.get()[0]).toList())
                .containsExactlyElementsOf(WebhookTargets.BLOCKED.stream().map(WebhookTargets.Block::cidr).toList());
    }

    @ParameterizedTest(name = "{0}: {1} refused, {2} not by this range")
    @MethodSource("everyBlockedRange")
    void eachRangeRefusesItsAddressesAndOnlyThem(String cidr, String inside, String outside) throws Exception {
        WebhookTargets.Block block = WebhookTargets.BLOCKED.stream().filter(b -> b.cidr().equals(cidr)).findFirst().orElseThrow();
        assertThat(block.contains(InetAddress.getByName(inside))).isTrue();
        assertThat(block.contains(InetAddress.getByName(outside))).isFalse();
        assertThat(PRODUCTION.problemWith(InetAddress.getByName(inside))).hasValueSatisfying(p -> assertThat(p).contains(inside.contains(":") ? "" : inside));
    }

    @ParameterizedTest
    @ValueSource(strings = { "93.184.215.14", "8.8.8.8", "2606:4700::6810:85e5", "1.1.1.1" })
    void publicAddressesAreAllowed(String address) throws Exception {
        assertThat(PRODUCTION.problemWith(InetAddress.getByName(address))).isEmpty();
    }

    @Test
    void ipv4MappedIpv6AddressesAreCheckedAsTheIpv4AddressTheyCarry() throws Exception {
        assertThat(PRODUCTION.problemWith("https://[::ffff:10.0.0.1]/hook")).hasValueSatisfying(p -> assertThat(p).contains("private"));
        assertThat(PRODUCTION.problemWith("https://[::ffff:169.254.169.254]/latest")).isPresent();
    }

    @Test
    void productionTakesOnlyHttpsWithoutCredentialsOrFragment() {
        assertThat(PRODUCTION.problemWith("https://hooks.partner.example/kinetic?x=1")).isEmpty();
        assertThat(PRODUCTION.problemWith("http://hooks.partner.example/kinetic")).hasValue("must be an https URL");
        assertThat(PRODUCTION.problemWith("ftp://hooks.partner.example/")).isPresent();
        assertThat(PRODUCTION.problemWith("https://user:pw@hooks.partner.example/")).hasValueSatisfying(p -> assertThat(p).contains("credentials"));
        assertThat(PRODUCTION.problemWith("https://hooks.partner.example/#x")).isPresent();
        assertThat(PRODUCTION.problemWith("https:///nohost")).isPresent();
        assertThat(PRODUCTION.problemWith("not a url")).isPresent();
        assertThat(PRODUCTION.problemWith("https://" + "a".repeat(2_000) + ".example/")).isPresent();
        assertThat(PRODUCTION.problemWith((String) null)).isPresent();
    }

    @Test
    void literalAddressesAreCheckedWithoutALookup() {
        assertThat(PRODUCTION.problemWith("https://127.0.0.1:8443/hook")).hasValueSatisfying(p -> assertThat(p).contains("loopback"));
        assertThat(PRODUCTION.problemWith("https://169.254.169.254/latest/meta-data")).hasValueSatisfying(p -> assertThat(p).contains("link-local"));
        assertThat(PRODUCTION.problemWith("https://[fd00::1]/hook")).hasValueSatisfying(p -> assertThat(p).contains("unique local"));
        assertThat(PRODUCTION.problemWith("https://93.184.215.14/hook")).isEmpty();
    }

    @Test
    void localDevelopmentAllowsPlainHttpAndLoopbackButNothingElsePrivate() {
        assertThat(LOCAL.problemWith("http://127.0.0.1:8090/hooks/demo")).isEmpty();
        assertThat(LOCAL.problemWith("http://[::1]:8090/hooks/demo")).isEmpty();
        assertThat(LOCAL.problemWith("http://10.1.2.3/hook")).isPresent();
        assertThat(LOCAL.problemWith("http://169.254.169.254/latest")).isPresent();
        assertThat(LOCAL.problemWith("ftp://127.0.0.1/")).isPresent();
    }

    @Test
    void oneRefusedAddressRefusesTheHost() throws Exception {
        List<InetAddress> mixed = List.of(InetAddress.getByName("93.184.215.14"), InetAddress.getByName("10.0.0.5"));
        assertThat(PRODUCTION.problemWith(mixed)).hasValueSatisfying(p -> assertThat(p).contains("10.0.0.5"));
        assertThat(PRODUCTION.problemWith(List.of())).hasValue("the host does not resolve");
    }
}
