# The servers behind this Varnish, and who may purge it. Edit for your deployment; default.vcl
# includes this file (found through varnishd's vcl_path).

backend app1 {
    .host = "127.0.0.1";
    .port = "3000";
    .probe = { .url = "/robots.txt"; .interval = 2s; .timeout = 1s; .window = 3; .threshold = 2; }
}

# The site's servers send the purges (CACHE_PURGE_URLS); nobody else may.
acl purgers {
    "127.0.0.1";
    "::1";
}

sub vcl_init {
    new site = directors.round_robin();
    site.add_backend(app1);
}
