package cn.perfeval.scoring.validation;

/** One record a rule's check found, with the value the message quotes (null when it quotes none). */
record Hit(RecordRef record, String value) {
}
