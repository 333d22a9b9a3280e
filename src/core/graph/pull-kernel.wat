;; PageRank's pull iteration on one block of nodes, in WebAssembly: the same arithmetic, in the
;; same order, as `pagerankBlock` in ./pagerank.ts (four partial sums per node added as
;; (s0 + s1) + (s2 + s3), then alpha * sum + teleport), so the scores are bit-identical to the
;; JavaScript loop's. Why WebAssembly: the loop is an indexed gather, and in JavaScript every
;; `c[srcs[e]]` pays a bounds check and an index conversion; here the memory's guard pages make
;; the loads unchecked (2.5–3.0x faster per iteration on ego-Twitter, docs/benchmarks.md).
;;
;; Source of ./pull-kernel-wasm.ts (the bytes, base64): `npm run build:kernel` assembles it with
;; wabt; src/core/graph/pull-kernel.test.ts checks that the bytes are this file's.
;;
;; Every pointer is a byte offset in the imported (shared) memory; every vector is indexed by
;; position, as the state of ./pagerank.ts.
(module
  (import "env" "memory" (memory 1 65536 shared))
  (func (export "block")
    (param $lo i32) (param $hi i32)
    (param $off i32) (param $src i32)
    ;; $w: in-edge weights (0: none); $wkind: 0 unweighted, 1 float32, 2 float64.
    (param $w i32) (param $wkind i32)
    ;; $c: contributions read; $cy: contributions written; $s: out-strengths;
    ;; $tele: the teleport vector (0: uniform, $ub per node).
    (param $c i32) (param $cy i32) (param $s i32) (param $tele i32)
    (param $alpha f64) (param $base f64) (param $ub f64)
    ;; Where the block's L1 change, dangling mass and total go.
    (param $errOut i32) (param $dangOut i32) (param $sumOut i32)
    (local $v i32) (local $e i32) (local $end i32) (local $p i32) (local $q i32)
    (local $a0 f64) (local $a1 f64) (local $a2 f64) (local $a3 f64)
    (local $yv f64) (local $sv f64) (local $old f64)
    (local $err f64) (local $dang f64) (local $sum f64)
    (local.set $e (i32.load (i32.add (local.get $off) (i32.shl (local.get $lo) (i32.const 2)))))
    (local.set $v (local.get $lo))
    (block $nodesDone
      (loop $nodes
        (br_if $nodesDone (i32.ge_u (local.get $v) (local.get $hi)))
        (local.set $end (i32.load (i32.add (local.get $off) (i32.shl (i32.add (local.get $v) (i32.const 1)) (i32.const 2)))))
        (local.set $a0 (f64.const 0))
        (local.set $a1 (f64.const 0))
        (local.set $a2 (f64.const 0))
        (local.set $a3 (f64.const 0))
        (if (i32.eqz (local.get $wkind))
          (then
            ;; Unweighted: a0 += c[src[e]], a1 += c[src[e+1]], ...
            (block $done4
              (loop $loop4
                (br_if $done4 (i32.ge_u (i32.add (local.get $e) (i32.const 3)) (local.get $end)))
                (local.set $p (i32.add (local.get $src) (i32.shl (local.get $e) (i32.const 2))))
                (local.set $a0 (f64.add (local.get $a0) (f64.load (i32.add (local.get $c) (i32.shl (i32.load (local.get $p)) (i32.const 3))))))
                (local.set $a1 (f64.add (local.get $a1) (f64.load (i32.add (local.get $c) (i32.shl (i32.load offset=4 (local.get $p)) (i32.const 3))))))
                (local.set $a2 (f64.add (local.get $a2) (f64.load (i32.add (local.get $c) (i32.shl (i32.load offset=8 (local.get $p)) (i32.const 3))))))
                (local.set $a3 (f64.add (local.get $a3) (f64.load (i32.add (local.get $c) (i32.shl (i32.load offset=12 (local.get $p)) (i32.const 3))))))
                (local.set $e (i32.add (local.get $e) (i32.const 4)))
                (br $loop4)))
            (block $done1
              (loop $loop1
                (br_if $done1 (i32.ge_u (local.get $e) (local.get $end)))
                (local.set $a0 (f64.add (local.get $a0) (f64.load (i32.add (local.get $c) (i32.shl (i32.load (i32.add (local.get $src) (i32.shl (local.get $e) (i32.const 2)))) (i32.const 3))))))
                (local.set $e (i32.add (local.get $e) (i32.const 1)))
                (br $loop1))))
          (else
            (if (i32.eq (local.get $wkind) (i32.const 1))
              (then
                ;; Float32 weights: a0 += w[e] * c[src[e]], ... (the weight widened exactly).
                (block $done4
                  (loop $loop4
                    (br_if $done4 (i32.ge_u (i32.add (local.get $e) (i32.const 3)) (local.get $end)))
                    (local.set $p (i32.add (local.get $src) (i32.shl (local.get $e) (i32.const 2))))
                    (local.set $q (i32.add (local.get $w) (i32.shl (local.get $e) (i32.const 2))))
                    (local.set $a0 (f64.add (local.get $a0) (f64.mul (f64.promote_f32 (f32.load (local.get $q))) (f64.load (i32.add (local.get $c) (i32.shl (i32.load (local.get $p)) (i32.const 3)))))))
                    (local.set $a1 (f64.add (local.get $a1) (f64.mul (f64.promote_f32 (f32.load offset=4 (local.get $q))) (f64.load (i32.add (local.get $c) (i32.shl (i32.load offset=4 (local.get $p)) (i32.const 3)))))))
                    (local.set $a2 (f64.add (local.get $a2) (f64.mul (f64.promote_f32 (f32.load offset=8 (local.get $q))) (f64.load (i32.add (local.get $c) (i32.shl (i32.load offset=8 (local.get $p)) (i32.const 3)))))))
                    (local.set $a3 (f64.add (local.get $a3) (f64.mul (f64.promote_f32 (f32.load offset=12 (local.get $q))) (f64.load (i32.add (local.get $c) (i32.shl (i32.load offset=12 (local.get $p)) (i32.const 3)))))))
                    (local.set $e (i32.add (local.get $e) (i32.const 4)))
                    (br $loop4)))
                (block $done1
                  (loop $loop1
                    (br_if $done1 (i32.ge_u (local.get $e) (local.get $end)))
                    (local.set $a0 (f64.add (local.get $a0) (f64.mul (f64.promote_f32 (f32.load (i32.add (local.get $w) (i32.shl (local.get $e) (i32.const 2)))))
                      (f64.load (i32.add (local.get $c) (i32.shl (i32.load (i32.add (local.get $src) (i32.shl (local.get $e) (i32.const 2)))) (i32.const 3)))))))
                    (local.set $e (i32.add (local.get $e) (i32.const 1)))
                    (br $loop1))))
              (else
                ;; Float64 weights.
                (block $done4
                  (loop $loop4
                    (br_if $done4 (i32.ge_u (i32.add (local.get $e) (i32.const 3)) (local.get $end)))
                    (local.set $p (i32.add (local.get $src) (i32.shl (local.get $e) (i32.const 2))))
                    (local.set $q (i32.add (local.get $w) (i32.shl (local.get $e) (i32.const 3))))
                    (local.set $a0 (f64.add (local.get $a0) (f64.mul (f64.load (local.get $q)) (f64.load (i32.add (local.get $c) (i32.shl (i32.load (local.get $p)) (i32.const 3)))))))
                    (local.set $a1 (f64.add (local.get $a1) (f64.mul (f64.load offset=8 (local.get $q)) (f64.load (i32.add (local.get $c) (i32.shl (i32.load offset=4 (local.get $p)) (i32.const 3)))))))
                    (local.set $a2 (f64.add (local.get $a2) (f64.mul (f64.load offset=16 (local.get $q)) (f64.load (i32.add (local.get $c) (i32.shl (i32.load offset=8 (local.get $p)) (i32.const 3)))))))
                    (local.set $a3 (f64.add (local.get $a3) (f64.mul (f64.load offset=24 (local.get $q)) (f64.load (i32.add (local.get $c) (i32.shl (i32.load offset=12 (local.get $p)) (i32.const 3)))))))
                    (local.set $e (i32.add (local.get $e) (i32.const 4)))
                    (br $loop4)))
                (block $done1
                  (loop $loop1
                    (br_if $done1 (i32.ge_u (local.get $e) (local.get $end)))
                    (local.set $a0 (f64.add (local.get $a0) (f64.mul (f64.load (i32.add (local.get $w) (i32.shl (local.get $e) (i32.const 3))))
                      (f64.load (i32.add (local.get $c) (i32.shl (i32.load (i32.add (local.get $src) (i32.shl (local.get $e) (i32.const 2)))) (i32.const 3)))))))
                    (local.set $e (i32.add (local.get $e) (i32.const 1)))
                    (br $loop1)))))))
        ;; yv = alpha * ((a0 + a1) + (a2 + a3)) + teleport
        (local.set $yv
          (f64.add
            (f64.mul (local.get $alpha) (f64.add (f64.add (local.get $a0) (local.get $a1)) (f64.add (local.get $a2) (local.get $a3))))
            (if (result f64) (i32.eqz (local.get $tele))
              (then (local.get $ub))
              (else (f64.mul (local.get $base) (f64.load (i32.add (local.get $tele) (i32.shl (local.get $v) (i32.const 3)))))))))
        (local.set $sum (f64.add (local.get $sum) (local.get $yv)))
        (local.set $sv (f64.load (i32.add (local.get $s) (i32.shl (local.get $v) (i32.const 3)))))
        (local.set $old (f64.load (i32.add (local.get $c) (i32.shl (local.get $v) (i32.const 3)))))
        (if (f64.gt (local.get $sv) (f64.const 0))
          (then
            (local.set $err (f64.add (local.get $err) (f64.abs (f64.sub (local.get $yv) (f64.mul (local.get $old) (local.get $sv))))))
            (f64.store (i32.add (local.get $cy) (i32.shl (local.get $v) (i32.const 3))) (f64.div (local.get $yv) (local.get $sv))))
          (else
            (local.set $err (f64.add (local.get $err) (f64.abs (f64.sub (local.get $yv) (local.get $old)))))
            (f64.store (i32.add (local.get $cy) (i32.shl (local.get $v) (i32.const 3))) (local.get $yv))
            (local.set $dang (f64.add (local.get $dang) (local.get $yv)))))
        (local.set $v (i32.add (local.get $v) (i32.const 1)))
        (br $nodes)))
    (f64.store (local.get $errOut) (local.get $err))
    (f64.store (local.get $dangOut) (local.get $dang))
    (f64.store (local.get $sumOut) (local.get $sum))))
