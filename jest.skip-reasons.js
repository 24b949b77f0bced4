const { relative } = require('node:path');

// A suite skipped by describeWithShared (libs/shared-folder) carries its reason in its title; Jest's
// default reporter prints nothing for a file whose tests were all skipped, so this lists them after the run.
const SKIPPED_TITLE = /^(.*) \(skipped: (.*)\)$/;

class SkipReasonsReporter {
  constructor(globalConfig) {
    this.rootDir = globalConfig.rootDir;
    this.lines = new Set();
  }

  onTestResult(_test, result) {
    for (const test of result.testResults) {
      if (test.status !== 'pending') continue;
      for (const title of test.ancestorTitles) {
        const skipped = SKIPPED_TITLE.exec(title);
        if (skipped) this.lines.add(`  ${relative(this.rootDir, result.testFilePath)}: "${skipped[1]}" ${skipped[2]}`);
      }
    }
  }

  onRunComplete() {
    if (this.lines.size === 0) return;
    process.stderr.write(`\nSuites skipped for want of the shared folder:\n${[...this.lines].join('\n')}\n\n`);
  }
}

module.exports = SkipReasonsReporter;
