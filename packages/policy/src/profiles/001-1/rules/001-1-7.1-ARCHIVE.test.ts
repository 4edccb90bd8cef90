import { notConfiguredSuite } from '../test-rows';

notConfiguredSuite('001-1-7.1-ARCHIVE');
