import { notConfiguredTester } from '../../../testing/rule-tester';

notConfiguredTester('001-3a-SP-WRITTEN-COMPLAINT', '001-3a', ['用户编号', '收到日期', '回访日期', '回访类型', '回访情况'], ['U05', '2025-09-15', '2025-09-30', '投诉回访、提案回访', '已电话确认']);
