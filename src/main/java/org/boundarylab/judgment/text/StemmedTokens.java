package org.boundarylab.judgment.text;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.LowerCaseFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.analysis.en.EnglishPossessiveFilter;
import org.apache.lucene.analysis.en.PorterStemFilter;
import org.apache.lucene.analysis.standard.StandardTokenizer;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;

/**
 * Splits text into words and stems them with Lucene's Porter stemmer. Unlike Lucene's
 * EnglishAnalyzer it keeps stop words: "no", "not" and "without" carry the meaning here.
 */
public final class StemmedTokens {

    /** One word: its stem, its surface form (lower case) and its character offsets. */
    public record Token(String stem, String surface, int start, int end) {}

    private static final Analyzer ANALYZER = new Analyzer() {
        @Override
        protected TokenStreamComponents createComponents(String fieldName) {
            Tokenizer source = new StandardTokenizer();
            TokenStream stream = new EnglishPossessiveFilter(source);
            stream = new LowerCaseFilter(stream);
            stream = new PorterStemFilter(stream);
            return new TokenStreamComponents(source, stream);
        }
    };

    private StemmedTokens() {}

    public static List<Token> of(String text) {
        List<Token> tokens = new ArrayList<>();
        // curly apostrophes would split "didn’t" into two words
        String plain = text.replace('\u2019', '\'').replace('\u2018', '\'');
        try (TokenStream stream = ANALYZER.tokenStream("text", new StringReader(plain))) {
            CharTermAttribute term = stream.addAttribute(CharTermAttribute.class);
            OffsetAttribute offset = stream.addAttribute(OffsetAttribute.class);
            stream.reset();
            while (stream.incrementToken()) {
                int start = offset.startOffset();
                int end = offset.endOffset();
                tokens.add(new Token(
                        term.toString(), plain.substring(start, end).toLowerCase(java.util.Locale.ROOT), start, end));
            }
            stream.end();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return tokens;
    }
}
