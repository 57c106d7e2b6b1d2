package jp.tokyo.monozukuri.plan.domain;

import java.util.Set;
import java.util.regex.Pattern;

/**
 * A plan's summary, project descriptions and figure captions are printed line by line into the plain-text press
 * release (notification-service's {@code press-release/release.txt}). A line of them must not pass for a part of the
 * release itself: its headings (承認した地域産業基盤強化計画の概要, 画像, 問い合わせ先, 報道発表資料, 記, 以上), a plan's
 * heading 「…」(…)【計画期間:…】, a numbered measure ({@code 1. …}), the contact's 電話 line, a bullet heading (■ ◆ ●
 * …), a 【…】 heading, a ―subtitle― or an underline. Such a line is refused (400 naming the field).
 */
final class ReleaseSections {

    private static final Set<String> HEADINGS = Set.of("記", "以上", "承認した地域産業基盤強化計画の概要", "画像", "問い合わせ先",
            "報道発表資料");
    private static final Pattern FORGED = Pattern.compile(String.join("|",
            "^報道発表資料",
            "^電話\\s*[0-9０-９]",
            "^[■□◆◇●◎○▼▽▲△★☆◉]",
            "^【",
            "【計画期間",
            "^「.*」\\s*[(（]",
            "^[0-9０-９]+\\s*[.．](\\s|$|[^0-9０-９])",
            "^―.*―$",
            "^[-=_~〜─━＝―‐－＿・*＊]{3,}$"));

    private ReleaseSections() {
    }

    /** The first line of {@code text} that would pass for a part of the press release, if any. */
    static java.util.Optional<String> forgedLine(String text) {
        for (String line : text.split("\\R")) {
            String bare = line.strip();
            if (HEADINGS.contains(bare) || FORGED.matcher(bare).find()) {
                return java.util.Optional.of(bare);
            }
        }
        return java.util.Optional.empty();
    }
}
