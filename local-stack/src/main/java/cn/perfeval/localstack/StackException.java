package cn.perfeval.localstack;

/** A stack failure explained in one line a person can act on. */
public class StackException extends RuntimeException {

    public StackException(String message) {
        super(message);
    }
}
