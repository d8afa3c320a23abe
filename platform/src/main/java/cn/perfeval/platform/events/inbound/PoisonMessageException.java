package cn.perfeval.platform.events.inbound;

/**
 * A message that can never be processed (not JSON, not a CloudEvent, data of the wrong shape). Throwing it from a
 * consumer nacks the record, which the connector's dead-letter-queue strategy moves aside so processing continues.
 */
public class PoisonMessageException extends RuntimeException {

    public PoisonMessageException(String message, Throwable cause) {
        super(message, cause);
    }

    public PoisonMessageException(String message) {
        super(message);
    }
}
