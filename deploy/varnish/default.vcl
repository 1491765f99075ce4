vcl 4.1;

# Varnish in front of one or more Expo Archive servers (docs/deployment.md, "A shared cache in
# front"). Needs Debian's varnish and varnish-modules (the xkey vmod). Run as
#   varnishd -a :80 -p vcl_path=/etc/varnish/expo -f /etc/varnish/expo/default.vcl -s malloc,256m
# with site.vcl (your servers, and who may purge) beside this file.
#
# What it caches: only answers the site labelled with an `xkey` header (public pages marked
# cacheable by Next, see src/server/sharedCacheHeaders.ts), for as long as their
# Surrogate-Control allows. Everything else (admin, API, forms, previews, 404s, the 410 page)
# goes to the servers every time. The change hooks purge by key (src/cache/purge.ts):
#   PURGE / HTTP/1.1
#   xkey: editions:2019 content

import std;
import xkey;
import directors;

include "site.vcl";

sub vcl_recv {
    if (req.method == "PURGE") {
        if (client.ip !~ purgers) {
            return (synth(403, "Purging is allowed from the site's servers only"));
        }
        if (!req.http.xkey) {
            return (synth(400, "Name the surrogate keys to purge in an xkey header"));
        }
        set req.http.x-purged = xkey.purge(req.http.xkey);
        return (synth(200, "Purged " + req.http.x-purged + " objects"));
    }
    set req.backend_hint = site.backend();
    if (req.method != "GET" && req.method != "HEAD") {
        return (pass);
    }
    if (req.url ~ "^/(admin|api|preview|zh/preview)(/|\?|$)" || req.http.Authorization) {
        return (pass);
    }
    # A signed-in editor or a draft preview sees what the public does not: never from the cache.
    if (req.http.Cookie ~ "(^|;\s*)(payload-token|__prerender_bypass|__next_preview_data)=") {
        return (pass);
    }
    # Public pages do not depend on any other cookie; dropping them lets every visitor share one copy.
    unset req.http.Cookie;
    return (hash);
}

sub vcl_backend_response {
    if (!beresp.http.xkey || beresp.status != 200 || beresp.http.Set-Cookie) {
        set beresp.ttl = 1s;
        set beresp.uncacheable = true;
        return (deliver);
    }
    # Surrogate-Control is meant for this cache alone (sent only when the site purges it).
    if (beresp.http.Surrogate-Control ~ "max-age=\d+") {
        set beresp.ttl = std.duration(regsub(beresp.http.Surrogate-Control, ".*max-age=(\d+).*", "\1") + "s", 1s);
        unset beresp.http.Surrogate-Control;
    }
    # No serving of old copies while refetching: a purged page must not be seen again.
    set beresp.grace = 0s;
    return (deliver);
}

sub vcl_deliver {
    # Caches further out are not purged by the site: they get Cache-Control's s-maxage=1 alone.
    unset resp.http.CDN-Cache-Control;
    unset resp.http.xkey;
    if (obj.hits > 0) {
        set resp.http.X-Cache = "HIT";
    } else {
        set resp.http.X-Cache = "MISS";
    }
}
