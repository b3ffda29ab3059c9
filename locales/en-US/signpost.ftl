# Signpost: the reference locale. Every other locale translates these ids.
# Variables: $platform is the platform's display name from the config.

launcher-open = Help
launcher-close = Close help
panel-title = { $platform } help
panel-close = Close
panel-intro = Answers to common questions, and the right way to reach { $platform } support.

unavailable-title = Help is unavailable right now
unavailable-body = The help panel could not load its settings. Please try again in a moment.
unavailable-help-centre = Open the official help centre
