package org.caremarket.sufficiency.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * One part of a file of a published edition (its HTML, a chart's CSV), as it was published: files are cut into
 * parts of at most {@link #PART} characters so that one column type serves Derby and PostgreSQL alike.
 */
@Entity
@IdClass(EditionFile.Key.class)
@Table(name = "suff_edition_file")
@NamedQuery(name = "EditionFile.of", query = "SELECT f FROM EditionFile f WHERE f.editionId = :edition AND f.name = :name ORDER BY f.part")
@NamedQuery(name = "EditionFile.names", query = "SELECT DISTINCT f.name FROM EditionFile f WHERE f.editionId = :edition")
public class EditionFile {

    public static final int PART = 30_000;

    @Id
    @Column(name = "edition_id", length = 36, nullable = false)
    private String editionId;

    @Id
    @Column(name = "name", length = 60, nullable = false)
    private String name;

    @Id
    @Column(name = "part", nullable = false)
    private int part;

    @Column(name = "content", length = PART, nullable = false)
    private String content;

    protected EditionFile() {
    }

    private EditionFile(String editionId, String name, int part, String content) {
        this.editionId = editionId;
        this.name = name;
        this.part = part;
        this.content = content;
    }

    /** A file cut into parts (an empty file is one empty part). */
    public static List<EditionFile> of(String editionId, String name, String text) {
        List<EditionFile> parts = new ArrayList<>();
        int part = 0;
        int from = 0;
        do {
            int to = Math.min(text.length(), from + PART);
            if (to < text.length() && Character.isHighSurrogate(text.charAt(to - 1))) {
                to--;
            }
            parts.add(new EditionFile(editionId, name, part++, text.substring(from, to)));
            from = to;
        } while (from < text.length());
        return parts;
    }

    public String content() {
        return content;
    }

    /** The primary key: edition, file name and part. */
    public static final class Key implements Serializable {

        private static final long serialVersionUID = 1L;

        private String editionId;
        private String name;
        private int part;

        public Key() {
        }

        @Override
        public boolean equals(Object other) {
            return other instanceof Key k && k.part == part && Objects.equals(k.editionId, editionId) && Objects.equals(k.name, name);
        }

        @Override
        public int hashCode() {
            return Objects.hash(editionId, name, part);
        }
    }
}
