package cn.perfeval.testinfra;

/** A PostgreSQL server someone else runs, named by environment variables. */
record ExternalPostgres(String adminJdbcUrl, String username, String password) implements PostgresServer {

    @Override
    public String jdbcUrl(String database) {
        int slash = adminJdbcUrl.lastIndexOf('/');
        int query = adminJdbcUrl.indexOf('?', slash);
        return adminJdbcUrl.substring(0, slash + 1) + database + (query < 0 ? "" : adminJdbcUrl.substring(query));
    }

    @Override
    public String description() {
        return "external PostgreSQL at " + adminJdbcUrl;
    }

    @Override
    public void close() {
        // not ours to stop
    }
}
