package com.backinshape.portal.assessment;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.json.JsonMapper;

/**
 * The wording of the nine STarT Back items. Until the clinic installs Keele University's licensed wording (a JSON file
 * it supplies, named by the setting {@code START_BACK_WORDING_FILE}), the questionnaire uses the portal's own
 * paraphrase and results never call the groups "STarT Back" results. With the file, its item texts replace the
 * paraphrase and results may name the tool.
 *
 * <p>The file: {@code {"licence": "…notice to show…", "items": {"start-back-1": "…", …, "start-back-9": "…"}}}. A file
 * that is unreadable or lacks an item stops the application at start.
 */
public final class StartBackWording {

    /** The licensed file as written. */
    record LicensedFile(String licence, Map<String, String> items) {}

    private final @Nullable LicensedFile licensed;

    private StartBackWording(@Nullable LicensedFile licensed) {
        this.licensed = licensed;
    }

    /** The portal's own paraphrase: no licence installed. */
    public static StartBackWording paraphrase() {
        return new StartBackWording(null);
    }

    /** Loads the clinic's licensed wording; a blank path means none is installed. */
    public static StartBackWording fromFile(@Nullable String path) {
        if (path == null || path.isBlank()) {
            return paraphrase();
        }
        try (InputStream in = Files.newInputStream(Path.of(path.strip()))) {
            LicensedFile file = JsonMapper.builder().build().readValue(in, LicensedFile.class);
            if (file.licence() == null || file.licence().isBlank() || file.items() == null) {
                throw new IllegalStateException(
                        path + ": the licensed STarT Back wording needs a licence notice and items");
            }
            for (int item = 1; item <= StartBackAnswers.AGREE_ITEMS + 1; item++) {
                String text = file.items().get(StartBackAnswers.questionId(item));
                if (text == null || text.isBlank()) {
                    throw new IllegalStateException(path + ": the licensed STarT Back wording lacks item " + item);
                }
            }
            return new StartBackWording(new LicensedFile(file.licence(), new LinkedHashMap<>(file.items())));
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read the licensed STarT Back wording " + path, e);
        }
    }

    /** Whether Keele University's licensed wording is installed (only then may results name the tool). */
    public boolean licensed() {
        return licensed != null;
    }

    /** The licence notice to show with the items, when licensed. */
    public Optional<String> licence() {
        return Optional.ofNullable(licensed).map(LicensedFile::licence);
    }

    /** The question as members read it: the licensed text for a STarT Back item when installed. */
    public Questionnaire.Question apply(Questionnaire.Question q) {
        if (licensed == null || !licensed.items().containsKey(q.id())) {
            return q;
        }
        return new Questionnaire.Question(
                q.id(),
                q.type(),
                licensed.items().get(q.id()),
                q.help(),
                q.options(),
                q.min(),
                q.max(),
                q.maxLength(),
                q.optional());
    }
}
