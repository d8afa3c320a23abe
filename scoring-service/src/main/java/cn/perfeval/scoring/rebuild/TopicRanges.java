package cn.perfeval.scoring.rebuild;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.PartitionInfo;
import org.apache.kafka.common.TopicPartition;

/**
 * The records of some topics up to their current ends, cut into ranges of at most {@value #RECORDS_PER_ITEM}
 * ("topic:partition:from:to", {@code to} excluded): the items of a projection rebuild, each one a bounded piece of a
 * batch.
 */
final class TopicRanges {

    static final int RECORDS_PER_ITEM = 200;

    private TopicRanges() {
    }

    /** One range of one partition's offsets. */
    record Range(TopicPartition partition, long from, long to) {
    }

    static List<String> of(KafkaConsumer<String, String> reader, List<String> topics) {
        List<TopicPartition> partitions = new ArrayList<>();
        for (String topic : topics) {
            List<PartitionInfo> infos = reader.partitionsFor(topic, Duration.ofSeconds(30));
            if (infos != null) {
                infos.forEach(info -> partitions.add(new TopicPartition(topic, info.partition())));
            }
        }
        Map<TopicPartition, Long> beginnings = reader.beginningOffsets(partitions);
        Map<TopicPartition, Long> ends = reader.endOffsets(partitions);
        List<String> ranges = new ArrayList<>();
        for (TopicPartition partition : partitions) {
            for (long from = beginnings.get(partition); from < ends.get(partition); from += RECORDS_PER_ITEM) {
                ranges.add(partition.topic() + ":" + partition.partition() + ":" + from + ":"
                        + Math.min(from + RECORDS_PER_ITEM, ends.get(partition)));
            }
        }
        return ranges;
    }

    static Range parse(String item) {
        String[] parts = item.split(":");
        return new Range(new TopicPartition(parts[0], Integer.parseInt(parts[1])), Long.parseLong(parts[2]),
                Long.parseLong(parts[3]));
    }
}
