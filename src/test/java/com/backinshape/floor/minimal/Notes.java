package com.backinshape.floor.minimal;

import java.time.Instant;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Saves a note: the minimal app's one database write. */
@Service
class Notes {

    private final NoteRepository repository;

    Notes(NoteRepository repository) {
        this.repository = repository;
    }

    @Transactional
    public void save(String text) {
        repository.save(new Note(text.isBlank() ? "(empty)" : text, Instant.now()));
    }
}
