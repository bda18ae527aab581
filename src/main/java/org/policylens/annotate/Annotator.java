package org.policylens.annotate;

import org.policylens.model.Language;

/** Sentence detection and tokenization for one text in a known language. */
public interface Annotator {
    AnnotatedText annotate(String text, Language language);
}
