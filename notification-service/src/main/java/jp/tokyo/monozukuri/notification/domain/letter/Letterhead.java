package jp.tokyo.monozukuri.notification.domain.letter;

import java.util.Objects;

/** Who signs every notice: 東京都産業労働局長. */
public record Letterhead(String sender) {

    public static final Letterhead TOKYO_BUREAU_OF_INDUSTRIAL_AND_LABOR_AFFAIRS = new Letterhead("東京都産業労働局長");

    public Letterhead {
        Objects.requireNonNull(sender, "sender");
    }
}
