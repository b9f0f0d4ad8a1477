/* global __bench */
// The floor: no script under test. The page's markup is our elements' rendered shadow DOM, as
// declarative shadow DOM with its styles inline; the probe only records when it is laid out.
__bench.finish(() => true);
