/*
 * igraph's PageRank through its C library, for `npm run bench:graph` (bench/graph.bench.ts):
 * python-igraph does not report how many matrix-vector products ARPACK took, the C API does
 * (igraph_arpack_options_t.numop), so this gives igraph's time per product — its time per
 * iteration. Needs gcc and Debian's libigraph-dev (the same igraph 0.10.2 as python3-igraph);
 * the bench compiles it into its temporary folder and skips it when it cannot.
 *
 * Usage: igraph-pagerank DIR N — reads DIR/edges.txt (one "source target" pair per line, ids
 * 0..N-1, the bench's deduplicated graph), prints one JSON line.
 */
#include <igraph.h>
#include <stdio.h>
#include <stdlib.h>
#include <time.h>

static double now(void) {
    struct timespec t;
    clock_gettime(CLOCK_MONOTONIC, &t);
    return t.tv_sec + t.tv_nsec / 1e9;
}

int main(int argc, char **argv) {
    if (argc != 3) {
        fprintf(stderr, "usage: %s DIR N\n", argv[0]);
        return 2;
    }
    char path[4096];
    snprintf(path, sizeof path, "%s/edges.txt", argv[1]);
    igraph_integer_t n = atol(argv[2]);
    FILE *f = fopen(path, "r");
    if (!f) {
        perror(path);
        return 1;
    }
    igraph_t g;
    double t0 = now();
    if (igraph_read_graph_edgelist(&g, f, n, IGRAPH_DIRECTED) != IGRAPH_SUCCESS) return 1;
    double load = now() - t0;
    fclose(f);
    igraph_vector_t scores;
    igraph_vector_init(&scores, 0);
    igraph_real_t value;

    t0 = now();
    igraph_pagerank(&g, IGRAPH_PAGERANK_ALGO_PRPACK, &scores, &value, igraph_vss_all(), IGRAPH_DIRECTED, 0.85, NULL, NULL);
    double prpack = now() - t0;

    igraph_arpack_options_t o;
    igraph_arpack_options_init(&o);
    t0 = now();
    igraph_pagerank(&g, IGRAPH_PAGERANK_ALGO_ARPACK, &scores, &value, igraph_vss_all(), IGRAPH_DIRECTED, 0.85, NULL, &o);
    double arpack = now() - t0;

    printf("{\"version\":\"%s\",\"loadS\":%.6f,\"prpackS\":%.6f,\"arpackS\":%.6f,\"arpackNumop\":%d,\"arpackIterations\":%d,\"arpackTol\":%g}\n",
           IGRAPH_VERSION, load, prpack, arpack, o.numop, o.noiter, o.tol);
    igraph_vector_destroy(&scores);
    igraph_destroy(&g);
    return 0;
}
