# Sourced by bench/startup and bench/memory: a private Xvfb on a display
# number no other server holds (Xvfb picks it and writes it to the fd), and a
# throw-away $home for settings and QtWebEngine caches, never the user's.
# Both go when the script exits. Set $home_prefix before sourcing.
home=$(mktemp -d -t "${home_prefix:-bph-bench}.XXXXXX")
exec {fd}>"$home/display"
Xvfb -displayfd $fd -noreset -screen 0 1280x1024x24 -nolisten tcp >/dev/null 2>&1 &
xvfb=$!
exec {fd}>&-
trap 'kill $xvfb; rm -rf "$home"' EXIT
until [ -s "$home/display" ]; do sleep 0.1; done
display=:$(head -1 "$home/display")
export DISPLAY=$display QTWEBENGINE_CHROMIUM_FLAGS="--no-sandbox --disable-gpu" \
    XDG_CONFIG_HOME=$home/config XDG_DATA_HOME=$home/data XDG_CACHE_HOME=$home/cache
