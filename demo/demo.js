// The demo platform's own script. The first line is the documented stub:
// calls made before the async loader arrives are queued and replayed.
window.Signpost = window.Signpost || function () { (window.Signpost.q = window.Signpost.q || []).push(arguments); };

// A "Need help?" button of the platform's own that opens the panel.
document.getElementById('need-help').addEventListener('click', function () {
  window.Signpost('open');
});
