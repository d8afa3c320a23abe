package cn.perfeval.localstack;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

class CommandLineTest {

    @Test
    void withoutOptionsTheStackIsOneBrokerAndOneInstanceOfEachService() {
        StackOptions options = CommandLine.parse(new String[0]).options();

        assertThat(options.brokers()).isEqualTo(1);
        assertThat(options.instances()).isEqualTo(1);
        assertThat(options.kafkaPorts()).containsExactly(19092);
        assertThat(options.instancePorts(StackOptions.SCORING)).containsExactly(8083);
        assertThat(options.kafkaDataDir()).isEqualTo(options.dataDir().resolve("kafka"));
    }

    @Test
    void brokersAndInstancesTakeTheirValueAfterAnEqualsSignOrASpace() {
        StackOptions options = CommandLine.parse(new String[] { "--brokers=3", "--instances", "2",
                "--scoring-port=9083" }).options();

        assertThat(options.kafkaPorts()).containsExactly(19092, 19093, 19094);
        assertThat(options.instancePorts(StackOptions.SCORING)).containsExactly(9083, 9093);
        assertThat(options.instancePorts(StackOptions.INDICATOR)).containsExactly(8081, 8091);
        assertThat(options.kafkaDataDir()).isEqualTo(options.dataDir().resolve("kafka-3-brokers"));
    }

    @Test
    void countsOutsideTheirRangeAreRefused() {
        for (List<String> args : List.of(List.of("--brokers=0"), List.of("--brokers=6"), List.of("--instances=5"),
                List.of("--instances", "two"), List.of("--brokers"))) {
            assertThatThrownBy(() -> CommandLine.parse(args.toArray(String[]::new)))
                    .as(String.join(" ", args)).isInstanceOf(StackException.class);
        }
    }
}
