package cn.perfeval.platform.text;

import cn.perfeval.platform.problem.ProblemException;
import cn.perfeval.platform.problem.ProblemType;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/**
 * Text bodies and uploads are UTF-8, and bytes that are not UTF-8 are refused (issue 13). Java's decoding by default
 * replaces them with U+FFFD, so a CSV saved in another encoding was stored as rows of replacement characters.
 */
public final class StrictUtf8 {

    public static final String RULE = "is not valid UTF-8";

    private StrictUtf8() {
    }

    /** The bytes as text, or a 400 problem. */
    public static String decode(byte[] bytes) {
        try {
            return decoder().decode(ByteBuffer.wrap(bytes)).toString();
        } catch (CharacterCodingException e) {
            throw notUtf8();
        }
    }

    /** A reader that throws a {@link java.nio.charset.MalformedInputException} at the first byte that is not UTF-8. */
    public static Reader reader(InputStream bytes) {
        return new InputStreamReader(bytes, decoder());
    }

    /** Whether a failure while reading text is the decoder's refusal (so the client's fault, not the server's). */
    public static boolean isMalformed(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (cause instanceof CharacterCodingException) {
                return true;
            }
        }
        return false;
    }

    public static ProblemException notUtf8() {
        return new ProblemException(ProblemType.MALFORMED_REQUEST, "The body " + RULE + "; send text as UTF-8");
    }

    private static CharsetDecoder decoder() {
        return StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
    }
}
