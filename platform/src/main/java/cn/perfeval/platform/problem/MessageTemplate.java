package cn.perfeval.platform.problem;

import java.util.Arrays;

/**
 * A message in a service's catalogue (a class of constants per area): its key and its two templates, with
 * {@link String#formatted} placeholders ({@code %1$s} when the Chinese order differs from the English). An argument
 * that is itself a {@link Message} is put in each text in that text's language.
 */
public record MessageTemplate(String key, String english, String chinese) {

    public Message with(Object... arguments) {
        return new Message(key, english.formatted(in(arguments, false)), chinese.formatted(in(arguments, true)));
    }

    private static Object[] in(Object[] arguments, boolean inChinese) {
        return Arrays.stream(arguments).map(a -> a instanceof Message message ? message.in(inChinese) : a).toArray();
    }
}
