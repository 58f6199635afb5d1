#pragma once

// The result card's colours for each care level, in one place so the
// accessibility test can check their contrast against the same values.

namespace bph::ui {

enum class CareLook { Unanswered, Clear, Routine, Urgent, Emergency };

struct CareColours {
    const char *background;
    const char *border;  // also the level's shape
    const char *text;    // at least 7:1 on the background
};

// Soft tints with dark text, so each card reads calmly in light and dark
// themes alike; the colour only repeats what the words and the shape say.
inline constexpr CareColours kCareColours[] = {
    {"#f1f3f5", "#7b838c", "#1f2428"},  // Unanswered
    {"#e9f5ec", "#2e7d32", "#133a1b"},  // Clear
    {"#e8f0fb", "#1f5aa6", "#0f2d55"},  // Routine
    {"#fff3e0", "#b25e00", "#4a2700"},  // Urgent
    {"#fdecea", "#b3261e", "#5c120d"},  // Emergency
};

inline constexpr CareColours careColours(CareLook look)
{
    return kCareColours[int(look)];
}

} // namespace bph::ui
