package dev.kinetic.content.domain;

/** An editorial action the article's state does not allow (publishing an archived article, say). */
public class ArticleRuleException extends RuntimeException {

    public ArticleRuleException(String message) {
        super(message);
    }
}
