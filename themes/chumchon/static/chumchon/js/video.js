/* Click-to-load videos (cms/blocks/video.html).
 *
 * A video block is a link to the video site. Nothing is requested from that site while
 * the page loads; when the reader clicks, the link is replaced by the player. Without
 * JavaScript the link simply opens the video site.
 */
(function () {
    "use strict";

    // Only players we know, over HTTPS (the page renders these from a checked URL too).
    var ALLOWED = [
        "https://www.youtube-nocookie.com/embed/",
        "https://player.vimeo.com/video/"
    ];

    function allowed(url) {
        return ALLOWED.some(function (prefix) {
            return url.indexOf(prefix) === 0;
        });
    }

    function play(link) {
        var url = link.getAttribute("data-video-embed") || "";
        if (!allowed(url)) {
            return false;
        }
        var frame = document.createElement("iframe");
        frame.src = url;
        frame.title = link.getAttribute("data-video-title") || "";
        frame.allow = "autoplay; encrypted-media; picture-in-picture; fullscreen";
        frame.allowFullscreen = true;
        frame.referrerPolicy = "strict-origin-when-cross-origin";
        frame.className = "story-video-player";
        link.parentNode.replaceChild(frame, link);
        frame.focus();
        return true;
    }

    document.addEventListener("click", function (event) {
        if (event.defaultPrevented || event.button !== 0 || event.ctrlKey || event.metaKey ||
                event.shiftKey || event.altKey) {
            return; // let a middle/modified click open the video site in a new tab
        }
        var link = event.target.closest && event.target.closest("a[data-video-embed]");
        if (link && play(link)) {
            event.preventDefault();
        }
    });
}());
