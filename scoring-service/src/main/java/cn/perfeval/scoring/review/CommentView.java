package cn.perfeval.scoring.review;

import java.time.OffsetDateTime;
import java.util.List;

/** A reviewer's comment on a scorecard item with the department's answers, oldest first. */
public record CommentView(long id, String itemCode, String text, String by, OffsetDateTime at, List<AnswerView> answers) {

    static CommentView of(ReviewComment comment, List<AnswerView> answers) {
        return new CommentView(comment.id, comment.itemCode, comment.text, comment.writtenBy, comment.writtenAt,
                List.copyOf(answers));
    }

    /** One answer of the department. */
    public record AnswerView(long id, long commentId, String text, String by, OffsetDateTime at) {

        static AnswerView of(ReviewAnswer answer) {
            return new AnswerView(answer.id, answer.commentId, answer.text, answer.writtenBy, answer.writtenAt);
        }
    }
}
